package annals

// PLOVER 2016 categories, the values of Event.PLOVER. They live here, not in
// the event coder, because the store, the exports and the commands all read
// them while only ingest assigns them.
const (
	PLOVERAgree       = "AGREE"
	PLOVERConsult     = "CONSULT"
	PLOVERSupport     = "SUPPORT"
	PLOVERCooperate   = "COOPERATE"
	PLOVERAid         = "AID"
	PLOVERConcede     = "CONCEDE"
	PLOVERRetreat     = "RETREAT"
	PLOVERInvestigate = "INVESTIGATE"
	PLOVERDemand      = "DEMAND"
	PLOVERDisapprove  = "DISAPPROVE"
	PLOVERReject      = "REJECT"
	PLOVERThreaten    = "THREATEN"
	PLOVERProtest     = "PROTEST"
	PLOVERMobilize    = "MOBILIZE"
	PLOVERSanction    = "SANCTION"
	PLOVERCoerce      = "COERCE"
	PLOVERAssault     = "ASSAULT"
	PLOVERFight       = "FIGHT"
)

// PLOVERCategories lists the PLOVER categories in CAMEO order, cooperation
// first.
var PLOVERCategories = []string{PLOVERAgree, PLOVERConsult, PLOVERSupport, PLOVERCooperate, PLOVERAid,
	PLOVERConcede, PLOVERRetreat, PLOVERInvestigate, PLOVERDemand, PLOVERDisapprove, PLOVERReject,
	PLOVERThreaten, PLOVERProtest, PLOVERMobilize, PLOVERSanction, PLOVERCoerce, PLOVERAssault, PLOVERFight}

// Cooperative reports whether a PLOVER category is one of cooperation
// (AGREE to RETREAT), as against conflict (INVESTIGATE to FIGHT): the two
// families of the event scale.
func Cooperative(plover string) bool {
	switch plover {
	case PLOVERAgree, PLOVERConsult, PLOVERSupport, PLOVERCooperate, PLOVERAid, PLOVERConcede, PLOVERRetreat:
		return true
	}
	return false
}
