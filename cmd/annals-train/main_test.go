package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals/annals/ingest/nlp"
)

// tinyTreebank is a small synthetic CoNLL-U corpus, enough to exercise
// every training stage in a second.
func tinyTreebank() string {
	subjects := []string{"Russia", "Ukraine", "The minister", "Officials"}
	verbs := []struct{ form, lemma, xpos string }{{"offered", "offer", "VBD"}, {"proposed", "propose", "VBD"}, {"rejected", "reject", "VBD"}}
	objects := []string{"talks", "bodies", "plans"}
	var b strings.Builder
	n := 0
	for _, s := range subjects {
		for _, v := range verbs {
			for _, o := range objects {
				n++
				fmt.Fprintf(&b, "# sent_id = %d\n", n)
				words := strings.Fields(s)
				id := 1
				subj := len(words)
				for i, w := range words {
					if i == len(words)-1 {
						upos, xpos := "PROPN", "NNP"
						if s == "Officials" {
							upos, xpos = "NOUN", "NNS"
						} else if len(words) > 1 {
							upos, xpos = "NOUN", "NN"
						}
						fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t_\t%d\tnsubj\t_\t_\n", id, w, strings.ToLower(w), upos, xpos, subj+1)
					} else {
						fmt.Fprintf(&b, "%d\t%s\t%s\tDET\tDT\t_\t%d\tdet\t_\t_\n", id, w, strings.ToLower(w), subj)
					}
					id++
				}
				fmt.Fprintf(&b, "%d\t%s\t%s\tVERB\t%s\t_\t0\troot\t_\t_\n", id, v.form, v.lemma, v.xpos)
				fmt.Fprintf(&b, "%d\t%s\t%s\tNOUN\tNNS\t_\t%d\tobj\t_\t_\n", id+1, o, strings.TrimSuffix(o, "s"), id)
				fmt.Fprintf(&b, "%d\t.\t.\tPUNCT\t.\t_\t%d\tpunct\t_\t_\n\n", id+2, id)
			}
		}
	}
	return b.String()
}

func TestTrainIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	train := filepath.Join(dir, "train.conllu")
	if err := os.WriteFile(train, []byte(tinyTreebank()), 0o644); err != nil {
		t.Fatal(err)
	}
	var models [2][]byte
	for i := range models {
		out := filepath.Join(dir, fmt.Sprintf("model%d.gob.gz", i))
		var log bytes.Buffer
		args := []string{"-train", train, "-dev", train, "-out", out, "-folds", "2", "-tag-epochs", "2", "-parse-epochs", "2", "-workers", fmt.Sprint(i + 1)}
		if err := run(args, &log); err != nil {
			t.Fatalf("run: %v\n%s", err, log.String())
		}
		if !strings.Contains(log.String(), "model dev: UPOS") {
			t.Errorf("no dev figures in the log:\n%s", log.String())
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		models[i] = b
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Error("two trainings with different worker counts gave different model files")
	}
	m, err := nlp.Load(bytes.NewReader(models[0]))
	if err != nil {
		t.Fatal(err)
	}
	words := []nlp.Word{{Form: "Russia"}, {Form: "offered"}, {Form: "talks"}, {Form: "."}}
	m.Tag(words)
	m.Parse(words)
	if words[1].XPOS != "VBD" || words[1].Head != 0 || words[0].Head != 2 {
		t.Errorf("model trained on the tiny treebank got %+v", words)
	}
}

// TestTagCacheGivesTheSameModel trains three times with one -tag-cache
// file: once writing it, once reading it, and once with other tagger flags,
// which must not reuse it.
func TestTagCacheGivesTheSameModel(t *testing.T) {
	dir := t.TempDir()
	train := filepath.Join(dir, "train.conllu")
	if err := os.WriteFile(train, []byte(tinyTreebank()), 0o644); err != nil {
		t.Fatal(err)
	}
	cache := filepath.Join(dir, "tags.gob")
	trainOnce := func(name string, extra ...string) ([]byte, string) {
		out := filepath.Join(dir, name)
		var log bytes.Buffer
		args := append([]string{"-train", train, "-out", out, "-folds", "2", "-parse-epochs", "2", "-tag-cache", cache}, extra...)
		if err := run(args, &log); err != nil {
			t.Fatalf("run: %v\n%s", err, log.String())
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return b, log.String()
	}
	plain := func(extra ...string) []byte {
		out := filepath.Join(dir, "plain.gob.gz")
		var log bytes.Buffer
		args := append([]string{"-train", train, "-out", out, "-folds", "2", "-parse-epochs", "2"}, extra...)
		if err := run(args, &log); err != nil {
			t.Fatalf("run: %v\n%s", err, log.String())
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, logA := trainOnce("a.gob.gz", "-tag-epochs", "2")
	b, logB := trainOnce("b.gob.gz", "-tag-epochs", "2")
	if !strings.Contains(logA, "written to") || !strings.Contains(logB, "read from") {
		t.Errorf("the cache was not written, then read:\n%s\n%s", logA, logB)
	}
	if !bytes.Equal(a, b) || !bytes.Equal(a, plain("-tag-epochs", "2")) {
		t.Error("the tag cache changed the model")
	}
	c, logC := trainOnce("c.gob.gz", "-tag-epochs", "3")
	if strings.Contains(logC, "read from") || !bytes.Equal(c, plain("-tag-epochs", "3")) {
		t.Errorf("a cache made with other tagger flags was used:\n%s", logC)
	}
}

func TestRunNeedsTrainAndOut(t *testing.T) {
	var log bytes.Buffer
	if err := run([]string{"-train", "x.conllu"}, &log); err == nil {
		t.Error("want an error without -out")
	}
	if err := run([]string{"-train", "/nonexistent.conllu", "-out", filepath.Join(t.TempDir(), "m")}, &log); err == nil {
		t.Error("want an error for a missing treebank")
	}
}

// TestBeamFlag trains the greedy parser (-beam 0) and a beam parser on the
// tiny treebank: both parse a sentence of it, and they are different models.
func TestBeamFlag(t *testing.T) {
	dir := t.TempDir()
	train := filepath.Join(dir, "train.conllu")
	if err := os.WriteFile(train, []byte(tinyTreebank()), 0o644); err != nil {
		t.Fatal(err)
	}
	var models [][]byte
	for _, beam := range []string{"0", "3"} {
		out := filepath.Join(dir, "model"+beam+".gob.gz")
		var log bytes.Buffer
		args := []string{"-train", train, "-out", out, "-folds", "2", "-tag-epochs", "2", "-parse-epochs", "3", "-beam", beam}
		if err := run(args, &log); err != nil {
			t.Fatalf("-beam %s: %v\n%s", beam, err, log.String())
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		m, err := nlp.Load(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		words := []nlp.Word{{Form: "Officials"}, {Form: "rejected"}, {Form: "plans"}, {Form: "."}}
		m.Tag(words)
		m.Parse(words)
		if words[1].Head != 0 || words[0].Head != 2 || words[2].Head != 2 || words[2].Deprel != "obj" {
			t.Errorf("-beam %s: %+v", beam, words)
		}
		models = append(models, b)
	}
	if bytes.Equal(models[0], models[1]) {
		t.Error("-beam 0 and -beam 3 gave the same model")
	}
	var log bytes.Buffer
	if err := run([]string{"-train", train, "-out", filepath.Join(dir, "x"), "-beam", "-1"}, &log); err == nil {
		t.Error("a negative beam was accepted")
	}
}
