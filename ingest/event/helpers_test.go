package event

import "testing"

// testCoder is the coder of the embedded table; the test fails if the
// table cannot be read.
func testCoder(t testing.TB) *Coder {
	t.Helper()
	c, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// testRoles is the embedded table of dated roles; the test fails if the
// table cannot be read.
func testRoles(t testing.TB) *Roles {
	t.Helper()
	r, err := DefaultRoles()
	if err != nil {
		t.Fatal(err)
	}
	return r
}
