package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
)

// envWriteToken names the variable that can give `annals serve` its write
// token, so that it need not be on the command line, where ps shows it.
const envWriteToken = "ANNALS_WRITE_TOKEN"

// writeToken is the token writes to `annals serve --allow-writes` must
// carry: read from --write-token-file, or from ANNALS_WRITE_TOKEN, or
// else made up now, which generated reports.
func writeToken(file string) (token string, generated bool, err error) {
	if file != "" {
		b, err := os.ReadFile(file)
		if err != nil {
			return "", false, fmt.Errorf("write token: %w", err)
		}
		if token = strings.TrimSpace(string(b)); token == "" {
			return "", false, fmt.Errorf("write token: %s is empty", file)
		}
		return token, false, nil
	}
	if token = strings.TrimSpace(os.Getenv(envWriteToken)); token != "" {
		return token, false, nil
	}
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil {
		return "", false, fmt.Errorf("write token: %w", err)
	}
	return hex.EncodeToString(b), true, nil
}
