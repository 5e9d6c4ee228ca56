package actor

import (
	"testing"

	"github.com/annals/annals"
)

func TestMarkPronouns(t *testing.T) {
	arg := func(text, norm, actor string) annals.Argument {
		return annals.Argument{Span: annals.Span{Text: text}, Norm: norm, Actor: actor}
	}
	tests := []struct {
		name string
		arg  annals.Argument
		want bool
	}{
		{"personal", arg("it", "", ""), true},
		{"any case", arg("They", "", ""), true},
		{"indefinite", arg("someone", "", ""), true},
		{"two words", arg("No one", "", ""), true},
		{"demonstrative", arg("this", "", ""), true},
		{"resolved to an actor", arg("he", "", "vladimir-putin"), false},
		{"a noun", arg("the bridge", "", ""), false},
		{"a pronoun in a phrase", arg("it all", "", ""), false},
		{"the compact form decides", arg("all of them", "them", ""), true},
		{"a compact form that is no pronoun", arg("it", "Istanbul talks", ""), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The argument as subject, object and source: subject and object
			// are marked alike; a source never is (the store keeps no flag
			// for it).
			obj, src := tt.arg, tt.arg
			sts := []annals.Statement{{Subject: tt.arg, Object: &obj, Attribution: &src}, {Subject: tt.arg}}
			markPronouns(sts)
			for part, got := range map[string]bool{"subject": sts[0].Subject.Pronoun, "object": obj.Pronoun,
				"subject of a statement without object": sts[1].Subject.Pronoun} {
				if got != tt.want {
					t.Errorf("%s %q: Pronoun = %v, want %v", part, tt.arg.Label(), got, tt.want)
				}
			}
			if src.Pronoun {
				t.Errorf("source %q marked a pronoun", tt.arg.Label())
			}
		})
	}
}
