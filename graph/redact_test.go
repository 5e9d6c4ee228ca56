package graph

import (
	"strings"
	"testing"
)

func TestRedact(t *testing.T) {
	tests := []struct{ in, want string }{
		{"annals.db", "annals.db"},
		{"memory", "memory"},
		{"/data/me@home/annals.db", "/data/me@home/annals.db"},
		{"postgres://annals@db/annals", "postgres://annals@db/annals"},
		{"postgres://annals:s3cr3t@db:5432/annals?sslmode=disable", "postgres://annals:***@db:5432/annals?sslmode=disable"},
		{"postgresql://annals:s3cr3t@db/annals", "postgresql://annals:***@db/annals"},
		{"postgres://annals:s3cr3t@/annals?host=/run/pg", "postgres://annals:***@/annals?host=/run/pg"},
		{"postgres://annals:s3@c/r3t@db/annals", "postgres://annals:***@db/annals"},
		{"postgres://annals:@db/annals", "postgres://annals:***@db/annals"},
		{"postgres://db/annals?user=annals&password=s3cr3t&sslmode=disable", "postgres://db/annals?user=annals&password=***&sslmode=disable"},
		{"postgres://annals@db/annals?sslpassword=s3cr3t", "postgres://annals@db/annals?sslpassword=***"},
		{"cockroach://annals:s3cr3t@db1:26257/annals?sslmode=verify-full", "cockroach://annals:***@db1:26257/annals?sslmode=verify-full"},
		{"cockroachdb://annals:s3cr3t@db1/annals", "cockroachdb://annals:***@db1/annals"},
		{"mysql://annals:s3cr3t@db/annals", "mysql://annals:***@db/annals"},
		{"annals:s3cr3t@tcp(db:3306)/annals", "annals:***@tcp(db:3306)/annals"},
		{"annals:s3cr3t@unix(/run/mysqld.sock)/annals", "annals:***@unix(/run/mysqld.sock)/annals"},
		{"annals:s3cr3t@/annals", "annals:***@/annals"},
		{"host=db user=annals password=s3cr3t dbname=annals", "host=db user=annals password=*** dbname=annals"},
		{"host=db password='s3 cr\\'3t' dbname=annals", "host=db password=*** dbname=annals"},
		{"host=db PASSWORD = s3cr3t", "host=db PASSWORD = ***"},
		{
			`ERROR: Couldn't open database at postgres://annals:s3cr3t@127.0.0.1:1/db: &net.OpError{Op:"dial"}`,
			`ERROR: Couldn't open database at postgres://annals:***@127.0.0.1:1/db: &net.OpError{Op:"dial"}`,
		},
		{
			`open store "annals:s3cr3t@tcp(db)/annals": refused; mail me@example.org`,
			`open store "annals:***@tcp(db)/annals": refused; mail me@example.org`,
		},
	}
	for _, tt := range tests {
		got := Redact(tt.in)
		if got != tt.want {
			t.Errorf("Redact(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
		if strings.Contains(got, "s3") {
			t.Errorf("Redact(%q) = %q keeps the password", tt.in, got)
		}
		if again := Redact(got); again != got {
			t.Errorf("Redact is not idempotent on %q: %q", got, again)
		}
	}
}
