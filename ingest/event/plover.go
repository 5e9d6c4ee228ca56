package event

import "github.com/annals/annals"

// PLOVER 2016 categories, as PLOVERFor returns them: the root package's
// constants under the short names the coder's tables use.
const (
	Agree       = annals.PLOVERAgree
	Consult     = annals.PLOVERConsult
	Support     = annals.PLOVERSupport
	Cooperate   = annals.PLOVERCooperate
	Aid         = annals.PLOVERAid
	Concede     = annals.PLOVERConcede
	Retreat     = annals.PLOVERRetreat
	Investigate = annals.PLOVERInvestigate
	Demand      = annals.PLOVERDemand
	Disapprove  = annals.PLOVERDisapprove
	Reject      = annals.PLOVERReject
	Threaten    = annals.PLOVERThreaten
	Protest     = annals.PLOVERProtest
	Mobilize    = annals.PLOVERMobilize
	Sanction    = annals.PLOVERSanction
	Coerce      = annals.PLOVERCoerce
	Assault     = annals.PLOVERAssault
	Fight       = annals.PLOVERFight
)

// ploverByRoot maps a CAMEO root (the first two digits) to its PLOVER
// category; 08 is split by PLOVERFor.
var ploverByRoot = map[string]string{
	"03": Agree, "04": Consult, "05": Support, "06": Cooperate, "07": Aid, "09": Investigate,
	"10": Demand, "11": Disapprove, "12": Reject, "13": Threaten, "14": Protest, "15": Mobilize,
	"16": Sanction, "17": Coerce, "18": Assault, "19": Fight, "20": Fight,
}

// PLOVERFor returns the PLOVER 2016 category of a CAMEO code: 03 AGREE,
// 04 CONSULT, 05 SUPPORT, 06 COOPERATE, 07 AID, 080–083 CONCEDE, 084–087
// RETREAT, 09 INVESTIGATE, 10 DEMAND, 11 DISAPPROVE, 12 REJECT,
// 13 THREATEN, 14 PROTEST, 15 MOBILIZE, 16 SANCTION, 17 COERCE, 18 ASSAULT,
// 19 and 20 FIGHT. CAMEO 01 and 02 (public statements, appeals), a bare
// "08" and anything that is no CAMEO code give "".
func PLOVERFor(cameo string) string {
	if len(cameo) < 2 || len(cameo) > 4 {
		return ""
	}
	for i := 0; i < len(cameo); i++ {
		if cameo[i] < '0' || cameo[i] > '9' {
			return ""
		}
	}
	if cameo[:2] == "08" {
		if len(cameo) < 3 {
			return ""
		}
		if cameo[2] <= '3' {
			return Concede
		}
		if cameo[2] <= '7' {
			return Retreat
		}
		return ""
	}
	return ploverByRoot[cameo[:2]]
}
