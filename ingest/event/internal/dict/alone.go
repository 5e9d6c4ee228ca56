package dict

// Alone are the verbs that name a political event by themselves, so that
// the coder may give their code (their own, their block's or their usual
// one) when no pattern matches their complement: "troops invaded", "the
// minister resigned", "police arrested two men". Every other verb of the
// dictionary types a statement only through a pattern that matches its
// object, particle or preposition: the light verbs above all ("call",
// "go", "leave", "take", "give", "make", "get", "allow", "hold", "reach",
// "pay", "put"), whose block defaults ("call" 041, "take" 17x) are guesses
// that news text mostly contradicts ("took office", "called it a hoax"),
// and verbs of broad blocks ("serve", "provide", "want", "decide").
//
// The list holds lemmas; a verb of the dictionary is alone when its head
// is listed and it needs no words before or after it.
var Alone = map[string]bool{
	// violence (CAMEO 18–20); the coder still asks for a target
	"attack": true, "assault": true, "bomb": true, "bombard": true, "shell": true, "invade": true,
	"kill": true, "murder": true, "assassinate": true, "massacre": true, "slaughter": true, "behead": true,
	"shoot": true, "stab": true, "wound": true, "injure": true, "torture": true, "rape": true,
	"kidnap": true, "abduct": true, "hijack": true, "ambush": true, "raid": true, "besiege": true,
	"fight": true, "clash": true,
	// coercion (17)
	"arrest": true, "detain": true, "jail": true, "imprison": true, "apprehend": true, "convict": true,
	"sentence": true, "prosecute": true, "indict": true, "deport": true, "expel": true, "extradite": true,
	"ban": true, "outlaw": true, "confiscate": true, "censor": true, "repress": true,
	// protest (14)
	"protest": true, "riot": true, "boycott": true,
	// disapproval and rejection (11, 12)
	"criticize": true, "criticise": true, "condemn": true, "denounce": true, "deplore": true, "accuse": true,
	"blame": true, "allege": true, "censure": true, "rebuke": true, "reprimand": true, "decry": true,
	"reject": true, "refuse": true, "veto": true, "rebuff": true,
	// demands and threats (10, 13)
	"demand": true, "threaten": true,
	// consultation (04)
	"meet": true, "visit": true, "negotiate": true, "host": true, "mediate": true, "consult": true,
	// support and cooperation (05, 06)
	"praise": true, "endorse": true, "hail": true, "laud": true, "commend": true, "congratulate": true,
	"thank": true, "apologize": true, "apologise": true, "forgive": true, "support": true, "cooperate": true,
	// yielding (08)
	"resign": true, "surrender": true, "concede": true, "capitulate": true, "pardon": true, "withdraw": true,
	"retreat": true,
	// investigation, sanctions, mobilisation, agreement (09, 16, 15, 03)
	"investigate": true, "probe": true, "embargo": true, "mobilize": true, "mobilise": true,
	"agree": true, "pledge": true, "promise": true, "vow": true, "ratify": true,
}

// AloneIntransitive are the verbs that name an event by themselves only
// when they have no object: "thousands demonstrated", but "demonstrated
// the device" is showing it.
var AloneIntransitive = map[string]bool{"demonstrate": true, "march": true, "rally": true}
