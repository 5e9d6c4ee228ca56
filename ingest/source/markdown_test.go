package source

import "testing"

func TestMarkdownText(t *testing.T) {
	tests := []struct {
		name      string
		markdown  string
		wantText  string
		wantTitle string
	}{
		{
			name:     "emphasis",
			markdown: "Russia promised talks *by the end of the month* and **no** __strikes__ _today_.\n",
			wantText: "Russia promised talks by the end of the month and no strikes today.\n",
		},
		{
			name:     "intraword underscores stay",
			markdown: "The file snake_case_name was *found*.\n",
			wantText: "The file snake_case_name was found.\n",
		},
		{
			name:     "links keep their words",
			markdown: "[Ukraine](https://example.org/ua \"title\") proposed [talks][ref] on <https://example.org>.\n\n[ref]: https://example.org/talks\n",
			wantText: "Ukraine proposed talks on https://example.org.\n",
		},
		{
			name:      "headings are paragraphs of their own",
			markdown:  "# Talks in Istanbul\n## Ceasefire\nRussia and Ukraine agreed to a ceasefire.\n",
			wantText:  "Talks in Istanbul\n\nCeasefire\n\nRussia and Ukraine agreed to a ceasefire.\n",
			wantTitle: "Talks in Istanbul",
		},
		{
			name:      "setext heading and closing hashes",
			markdown:  "Talks about *C#*\n===\n\n### Aftermath ###\nThey met.\n",
			wantText:  "Talks about C#\n\nAftermath\n\nThey met.\n",
			wantTitle: "Talks about C#",
		},
		{
			name:     "list items are paragraphs of their own",
			markdown: "Demands:\n\n- a ceasefire\n- prisoner exchanges\n  over the summer\n\n1. first\n2) second\n",
			wantText: "Demands:\n\na ceasefire\n\nprisoner exchanges\nover the summer\n\nfirst\n\nsecond\n",
		},
		{
			name:     "code spans keep their code",
			markdown: "Run `annals ingest` and ``a `b` c`` now.\n",
			wantText: "Run annals ingest and a `b` c now.\n",
		},
		{
			name:     "code blocks, HTML and images are no prose",
			markdown: "Before.\n\n```go\nfmt.Println(\"x\")\n```\n\n    indented code\n\n<div>\nhtml\n</div>\n\nAn ![photo](p.jpg) <b>bold</b> word.\n",
			wantText: "Before.\n\nAn  bold word.\n",
		},
		{
			name:     "escapes and entities",
			markdown: "\\*not emphasis\\* &amp; 5 &lt; 6 &#8212; done\n",
			wantText: "*not emphasis* & 5 < 6 — done\n",
		},
		{
			name:     "block quotes and line breaks",
			markdown: "> He said  \n> \"we will return\"\\\n> today.\n\n---\n\nAfter the rule.\n",
			wantText: "He said\n\"we will return\"\ntoday.\n\nAfter the rule.\n",
		},
		{
			name:     "only markup",
			markdown: "```\ncode\n```\n",
			wantText: "",
		},
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			text, title := markdownText(test.markdown)
			if text != test.wantText {
				t.Errorf("text = %q, want %q", text, test.wantText)
			}
			if title != test.wantTitle {
				t.Errorf("title = %q, want %q", title, test.wantTitle)
			}
		})
	}
}
