package actor

import (
	"testing"

	"github.com/annals/annals"
)

// TestActorNameAboutAnother: the name after a linking word inside a
// longer name is the entity that name is about, never a short form of it.
func TestActorNameAboutAnother(t *testing.T) {
	runActorCases(t, []actorCase{{
		name:     "a place after de in a body's name",
		text:     "The Senado de Puerto Rico voted on the bill. Puerto Rico is a small territory.",
		mentions: map[string]string{"Senado de Puerto Rico": "senado-de-puerto-rico", "Puerto Rico": "puerto-rico"},
	}, {
		name:     "an invented place after de",
		text:     "The Consejo de Vallmora Alta met in March. Vallmora Alta has a small port.",
		mentions: map[string]string{"Consejo de Vallmora Alta": "consejo-de-vallmora-alta", "Vallmora Alta": "vallmora-alta"},
	}, {
		name:     "a place after of in a bank's name",
		text:     "The Bank of Ostravia raised its rates. Ostravia lost the match.",
		mentions: map[string]string{"Bank of Ostravia": "bank-of-ostravia", "Ostravia": "ostravia"},
	}, {
		name:     "a topic after of in a ministry's name",
		text:     "The Ministry of Health spoke on Monday. Health was the topic.",
		absent:   []string{"health"},
		mentions: map[string]string{"Ministry of Health": "ministry-of-health"},
	}, {
		name:     "a surname still joins its full name",
		text:     "Ana de la Vega spoke on Monday. Vega said the vote was close.",
		mentions: map[string]string{"Vega": "ana-de-la-vega"},
	}, {
		name:     "a surname with its particle joins its full name",
		text:     "Mayor Tomas de Varga spoke on Monday. De Varga said the vote was close.",
		mentions: map[string]string{"De Varga": "tomas-de-varga"},
	}})
}

// TestActorPlaceOpenedByDemonym: a demonym that opens the name of a known
// place is part of it, not a nationality stripped from it.
func TestActorPlaceOpenedByDemonym(t *testing.T) {
	runActorCases(t, []actorCase{{
		name:   "a territory named with a demonym",
		text:   "American Samoa has one delegate in the House.",
		actors: []wantActor{{"american-samoa", annals.ActorPlace, nil}},
		absent: []string{"samoa"},
	}, {
		name:   "a province named with a demonym",
		text:   "British Columbia opened three new hospitals.",
		actors: []wantActor{{"british-columbia", annals.ActorPlace, nil}},
		absent: []string{"columbia", "united-kingdom"},
	}, {
		name:     "the people of such a place",
		text:     "American Samoans voted in the primary on Tuesday.",
		absent:   []string{"samoa", "samoans"},
		mentions: map[string]string{"American Samoans": "american-samoa"},
	}, {
		name:       "a demonym before a plain name is still stripped",
		text:       "Russian negotiator Ivan Petrov arrived in Geneva.",
		actors:     []wantActor{{"ivan-petrov", annals.ActorPerson, nil}},
		affiliated: map[string]string{"ivan-petrov": "russia"},
	}})
}
