package main

import "github.com/spf13/cobra"

// actorPartsHelp says, in the long help of every command that selects
// statements by actor, what --actor includes: users ask for a country and
// expect its forces and ministries, which the store keeps as actors of
// their own.
const actorPartsHelp = `--actor selects the statements whose subject or object is the actor or one
of its parts: the groups stored as part of it (for Russia: Russian forces,
the Russian Defence Ministry), and their parts in turn. A person of its
nation (Vladimir Putin) is no part of it. --actor-only leaves the parts out.`

// addActorFlags registers --actor and --actor-only on cmd.
func addActorFlags(cmd *cobra.Command, actors *[]string, only *bool) {
	cmd.Flags().StringSliceVar(actors, "actor", nil,
		"only statements about this actor or its parts (name, alias, id, surname or start of a name; repeatable)")
	cmd.Flags().BoolVar(only, "actor-only", false, "with --actor: the actor alone, without its parts")
}

// checkActorOnly refuses --actor-only without --actor, which would
// otherwise be ignored without a word.
func checkActorOnly(actors []string, only bool) error {
	if only && len(actors) == 0 {
		return usageError("--actor-only needs --actor")
	}
	return nil
}
