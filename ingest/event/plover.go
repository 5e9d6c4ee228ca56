package event

// PLOVER 2016 categories, as plover-dev and PLOVERFor spell them.
const (
	Agree       = "AGREE"
	Consult     = "CONSULT"
	Support     = "SUPPORT"
	Cooperate   = "COOPERATE"
	Aid         = "AID"
	Concede     = "CONCEDE"
	Retreat     = "RETREAT"
	Investigate = "INVESTIGATE"
	Demand      = "DEMAND"
	Disapprove  = "DISAPPROVE"
	Reject      = "REJECT"
	Threaten    = "THREATEN"
	Protest     = "PROTEST"
	Mobilize    = "MOBILIZE"
	Sanction    = "SANCTION"
	Coerce      = "COERCE"
	Assault     = "ASSAULT"
	Fight       = "FIGHT"
)

// Categories lists the PLOVER categories in CAMEO order, cooperation first.
var Categories = []string{Agree, Consult, Support, Cooperate, Aid, Concede, Retreat, Investigate, Demand,
	Disapprove, Reject, Threaten, Protest, Mobilize, Sanction, Coerce, Assault, Fight}

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

// Cooperative reports whether a PLOVER category is one of cooperation
// (AGREE to RETREAT), as against conflict (INVESTIGATE to FIGHT): the two
// families of the event scale.
func Cooperative(plover string) bool {
	switch plover {
	case Agree, Consult, Support, Cooperate, Aid, Concede, Retreat:
		return true
	}
	return false
}
