//go:build !wasm

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A release build must not stamp the commit: if it did, every commit, even
// one that only touches the README, would change app.wasm and make every
// returning visitor download it again. The test runs the Makefile's server
// recipe on a small main package in a fresh git repository, with GOFLAGS
// asking for stamping (this machine turns it off there), and checks first
// that a plain build of that package is stamped, so the check means
// something.
func TestReleaseBuildHasNoVCSStamp(t *testing.T) {
	if testing.Short() {
		t.Skip("builds twice")
	}
	for _, tool := range []string{"git", "make"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skip("no " + tool)
		}
	}
	makefile, err := filepath.Abs("Makefile")
	if err != nil {
		t.Fatal(err)
	}
	repo := t.TempDir()
	env := []string{"GOFLAGS=-buildvcs=auto", "GIT_CONFIG_GLOBAL=/dev/null",
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.test", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.test"}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GOFLAGS=") && !strings.HasPrefix(kv, "MAKEFLAGS=") && !strings.HasPrefix(kv, "GIT_") {
			env = append(env, kv)
		}
	}
	run := func(name string, args ...string) string {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = repo, env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	write(t, filepath.Join(repo, "go.mod"), "module stamped\n\ngo 1.22\n")
	write(t, filepath.Join(repo, "main.go"), "package main\n\nfunc main() {}\n")
	run("git", "init", "-q")
	run("git", "add", ".")
	run("git", "commit", "-qm", "a commit to stamp")

	run("go", "build", "-o", "plain", ".")
	if info := run("go", "version", "-m", "plain"); !strings.Contains(info, "vcs.revision") {
		t.Fatalf("a plain build in a git repository is not stamped; the check below would prove nothing:\n%s", info)
	}
	run("make", "--no-print-directory", "-f", makefile, "server", "BIN=release")
	if info := run("go", "version", "-m", "release"); strings.Contains(info, "vcs") {
		t.Errorf("make server stamped the VCS state:\n%s", info)
	}
}

func write(t *testing.T, name, text string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
