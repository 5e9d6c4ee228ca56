package graph

import "github.com/annals/annals/graph/vocab"

// Prefixes maps the short names used in JSON-LD contexts and docs to the
// namespaces of the store's vocabularies; it is vocab.Prefixes, kept here
// for the callers that know the store only.
func Prefixes() map[string]string { return vocab.Prefixes() }

// IRIs mints the IRIs of the store's data nodes; it is vocab.IRIs, which
// [Store.IRIs] returns.
type IRIs = vocab.IRIs

// propActorType is resolve.go's name for vocab.PropActorType: the person
// joiner there changes on another branch, so this one leaves it as it is.
const propActorType = vocab.PropActorType
