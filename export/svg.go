package export

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"sync"

	_ "github.com/annals/annals/export/internal/gvcache" // before go-graphviz starts: see its package comment
	"github.com/goccy/go-graphviz"
)

// SVG draws a timeline as [DOT] does and renders it to SVG in-process, with
// Graphviz compiled to WebAssembly (github.com/goccy/go-graphviz), so no
// system Graphviz is needed. Only SVG: that library's PNG output is
// visibly broken, so no raster format is offered.
func SVG(ctx context.Context, w io.Writer, tl Timeline, opts DOTOptions) error {
	var src bytes.Buffer
	if err := DOT(&src, tl, opts); err != nil {
		return err
	}
	return RenderSVG(ctx, w, src.Bytes())
}

// renderLock serialises renders, so that concurrent callers (a server's
// requests) do not each hold a WebAssembly Graphviz instance, tens of
// megabytes, on a small machine at once.
var renderLock sync.Mutex

// RenderSVG lays out DOT source with Graphviz's dot layout and writes SVG.
func RenderSVG(ctx context.Context, w io.Writer, dotSource []byte) error {
	renderLock.Lock()
	defer renderLock.Unlock()
	gv, err := graphviz.New(ctx)
	if err != nil {
		return fmt.Errorf("export: svg: start graphviz: %w", err)
	}
	defer gv.Close()
	g, err := graphviz.ParseBytes(dotSource)
	if err != nil {
		return fmt.Errorf("export: svg: parse dot: %w", err)
	}
	defer g.Close()
	var out bytes.Buffer
	if err := gv.Render(ctx, g, graphviz.SVG, &out); err != nil {
		return fmt.Errorf("export: svg: render: %w", err)
	}
	_, err = w.Write(out.Bytes())
	return err
}
