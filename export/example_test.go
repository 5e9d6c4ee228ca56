package export_test

import (
	"context"
	"os"
	"time"

	annals "github.com/annals/annals"
	"github.com/annals/annals/export"
	"github.com/cayleygraph/quad"
)

func ExampleNQuads() {
	fact := quad.IRI("urn:annals:fact/3f2a")
	quads := []quad.Quad{
		// quad's native values carry "xsd:…" datatypes; NQuads writes them in full.
		{Subject: fact, Predicate: quad.IRI("https://schema.org/startTime"), Object: quad.Time(time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC))},
		{Subject: fact, Predicate: quad.IRI("urn:annals:count"), Object: quad.Int(3000)},
		{Subject: quad.IRI("urn:annals:actor/russia"), Predicate: quad.IRI("urn:annals:pred/return"),
			Object: quad.IRI("urn:annals:thing/3000-bodies"), Label: fact},
	}
	if err := export.NQuads(os.Stdout, quads); err != nil {
		panic(err)
	}
	// Output:
	// <urn:annals:actor/russia> <urn:annals:pred/return> <urn:annals:thing/3000-bodies> <urn:annals:fact/3f2a> .
	// <urn:annals:fact/3f2a> <https://schema.org/startTime> "2025-07-23T00:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .
	// <urn:annals:fact/3f2a> <urn:annals:count> "3000"^^<http://www.w3.org/2001/XMLSchema#integer> .
}

func ExampleDOT() {
	day := time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC)
	tl := export.Timeline{
		Title:  "Istanbul talks",
		Actors: []annals.Actor{{ID: "russia", Name: "Russia", Type: annals.ActorCountry}},
		Statements: []annals.Statement{{
			ID:        "3f2a",
			Doc:       "doc-1",
			Subject:   annals.Argument{Span: annals.Span{Text: "Russia"}, Actor: "russia"},
			Predicate: annals.Predicate{Span: annals.Span{Text: "returned"}, Lemma: "return"},
			Object:    &annals.Argument{Span: annals.Span{Text: "3,000 bodies"}},
			Time:      &annals.Time{Value: "2025-07-23", Type: annals.TimexDate, Earliest: day, Latest: day},
		}},
	}
	if err := export.DOT(os.Stdout, tl, export.DOTOptions{}); err != nil {
		panic(err)
	}
	// Output:
	// digraph  {
	// 	subgraph s1 {
	// 		rank="same";
	// 		n2[color="#bbbbbb",fillcolor="#eeeeee",fontname="Helvetica-Bold",fontsize="12",id="date:2025-07-23",label="2025-07-23",shape="box",style="filled"];
	// 		n3[fontname="Helvetica",fontsize="10",height="0.3",id="statement:3f2a",label="return · 2025-07-23",margin="0.08,0.03",shape="box",style="rounded",tooltip="Russia · return · 2025-07-23 · 3,000 bodies\ndoc-1, sentence 0, confidence 0.00"];
	// 	}
	// 	fontname="Helvetica";label=<<TABLE BORDER="0" CELLSPACING="4" CELLPADDING="2"><TR><TD><FONT POINT-SIZE="18">Istanbul talks</FONT></TD></TR><TR><TD><TABLE BORDER="0" CELLBORDER="1" CELLSPACING="3" CELLPADDING="3" COLOR="#bbbbbb"><TR><TD BGCOLOR="#fdebd3"><FONT POINT-SIZE="10">person (ellipse)</FONT></TD><TD BGCOLOR="#dbe9f6"><FONT POINT-SIZE="10">organisation (rectangle)</FONT></TD><TD BGCOLOR="#dff0d8"><FONT POINT-SIZE="10">country (hexagon)</FONT></TD><TD BGCOLOR="#efe3f5"><FONT POINT-SIZE="10">place (octagon)</FONT></TD><TD BGCOLOR="#eeeeee"><FONT POINT-SIZE="10">date (a column)</FONT></TD></TR><TR><TD BORDER="0"><FONT POINT-SIZE="10" COLOR="#000000">━━▶ happened</FONT></TD><TD BORDER="0"><FONT POINT-SIZE="10" COLOR="#2e7d32">━━▶ cooperation</FONT></TD><TD BORDER="0"><FONT POINT-SIZE="10" COLOR="#c62828">━━▶ conflict</FONT></TD><TD BORDER="0" COLSPAN="2"><FONT POINT-SIZE="10" COLOR="#888888">╌╌▶ did not happen: negated, or only planned, offered, threatened</FONT></TD></TR></TABLE></TD></TR></TABLE>>;labelloc="t";nodesep="0.2";rankdir="LR";ranksep="0.3";
	// 	n5[fontname="Helvetica",fontsize="10",label="3,000 bodies",shape="plaintext"];
	// 	n4[fillcolor="#dff0d8",fontname="Helvetica",fontsize="12",id="actor:russia",label=<Russia<BR/><FONT POINT-SIZE="9" COLOR="#555555">country</FONT>>,shape="hexagon",style="filled"];
	// 	n2->n3[style="invis"];
	// 	n3->n5[arrowsize="0.6"];
	// 	n4->n3[arrowsize="0.6"];
	// }
}

func ExampleWriteJSONLD() {
	ctx := context.Background()
	// A store's quads come from export.StoreQuads(ctx, st.QuadStore(), true);
	// any QuadSource streams the same way.
	quads := export.SliceQuads([]quad.Quad{
		{Subject: quad.IRI("urn:annals:actor/russia"), Predicate: quad.IRI("https://schema.org/name"), Object: quad.String("Russia")},
		{Subject: quad.IRI("urn:annals:actor/russia"), Predicate: quad.IRI("urn:annals:pred/return"),
			Object: quad.IRI("urn:annals:thing/3000-bodies"), Label: quad.IRI("urn:annals:fact/3f2a")},
	})
	if err := export.WriteJSONLD(ctx, os.Stdout, quads, map[string]string{"schema": "https://schema.org/"}); err != nil {
		panic(err)
	}
	// Output:
	// {
	//   "@context": {
	//     "schema": "https://schema.org/"
	//   },
	//   "@graph": [
	//     {
	//       "@id": "urn:annals:actor/russia",
	//       "schema:name": "Russia"
	//     },
	//     {
	//       "@graph": [
	//         {
	//           "@id": "urn:annals:actor/russia",
	//           "urn:annals:pred/return": {
	//             "@id": "urn:annals:thing/3000-bodies"
	//           }
	//         }
	//       ],
	//       "@id": "urn:annals:fact/3f2a"
	//     }
	//   ]
	// }
}
