package source

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdownParser parses CommonMark; it is safe for concurrent use.
var markdownParser = goldmark.New().Parser()

// markdownText is the plain text of a Markdown body, the text the store
// keeps and every span points into: the words of each paragraph, heading
// and list item with their markup gone (emphasis, links, code spans,
// escapes and entities), each block its own paragraph (a heading never runs
// into the sentence after it), and code blocks, HTML and images left out,
// since they are not prose. title is the text of the first level-1 heading,
// "" if there is none.
func markdownText(body string) (plain, title string) {
	source := []byte(body)
	root := markdownParser.Parse(text.NewReader(source))
	var blocks []string
	var block strings.Builder
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock, *ast.Image, *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.TextBlock, *ast.Heading:
			if entering {
				block.Reset()
				return ast.WalkContinue, nil
			}
			words := strings.TrimSpace(block.String())
			if words == "" {
				return ast.WalkContinue, nil
			}
			blocks = append(blocks, words)
			if h, ok := n.(*ast.Heading); ok && h.Level == 1 && title == "" {
				title = strings.Join(strings.Fields(words), " ")
			}
		case *ast.CodeSpan:
			if entering {
				block.WriteString(codeSpanText(n, source))
			}
			return ast.WalkSkipChildren, nil
		case *ast.AutoLink:
			if entering {
				block.Write(n.Label(source))
			}
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			if entering {
				block.Write(inlineText(n.Segment.Value(source), n.IsRaw()))
				if n.SoftLineBreak() || n.HardLineBreak() {
					block.WriteByte('\n')
				}
			}
		case *ast.String:
			if entering {
				block.Write(inlineText(n.Value, n.IsRaw() || n.IsCode()))
			}
		}
		return ast.WalkContinue, nil
	})
	if len(blocks) == 0 {
		return "", title
	}
	return strings.Join(blocks, "\n\n") + "\n", title
}

// inlineText resolves the backslash escapes and entity references of a
// piece of inline text, as a renderer would; raw text is taken as it is.
func inlineText(value []byte, raw bool) []byte {
	if raw {
		return value
	}
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(value)))
}

// codeSpanText is the code of a code span on one line, as CommonMark
// renders it: a line end inside the span reads as a space.
func codeSpanText(n *ast.CodeSpan, source []byte) string {
	var code bytes.Buffer
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			value := t.Segment.Value(source)
			if trimmed, found := bytes.CutSuffix(value, []byte("\n")); found {
				value = append(trimmed[:len(trimmed):len(trimmed)], ' ')
			}
			code.Write(value)
		}
	}
	return code.String()
}
