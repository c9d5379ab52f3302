package app

import (
	"encoding/json"
	"errors"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"qidian-calculator/pricing"
)

// fakeStorage is a browser's localStorage as the store's tests need it:
// shared by two stores as by two tabs, with a quota like the browser's
// (a write over it is refused and the item keeps its old value), and able
// to throw on every call, as with site data blocked.
type fakeStorage struct {
	items    map[string]string
	quota    int  // bytes of keys and values it holds at most; 0: no limit
	throwing bool // every call fails, as a SecurityError would
}

func newFakeStorage() *fakeStorage { return &fakeStorage{items: map[string]string{}} }

var errFakeSecurity = errors.New("SecurityError: access is denied for this document")

func (f *fakeStorage) unavailable() error {
	if f.throwing {
		return errors.Join(errStorageUnavailable, errFakeSecurity)
	}
	return nil
}

func (f *fakeStorage) GetItem(key string) (string, bool, error) {
	if err := f.unavailable(); err != nil {
		return "", false, err
	}
	v, ok := f.items[key]
	return v, ok, nil
}

func (f *fakeStorage) SetItem(key, value string) error {
	if err := f.unavailable(); err != nil {
		return err
	}
	if f.quota > 0 {
		used := 0
		for k, v := range f.items {
			if k != key {
				used += len(k) + len(v)
			}
		}
		if used+len(key)+len(value) > f.quota {
			return errors.Join(errStorageFull, errors.New("QuotaExceededError"))
		}
	}
	f.items[key] = value
	return nil
}

func (f *fakeStorage) RemoveItem(key string) error {
	if err := f.unavailable(); err != nil {
		return err
	}
	delete(f.items, key)
	return nil
}

func (f *fakeStorage) Keys() ([]string, error) {
	if err := f.unavailable(); err != nil {
		return nil, err
	}
	var keys []string
	for k := range f.items {
		keys = append(keys, k)
	}
	return keys, nil
}

func (f *fakeStorage) used() int {
	n := 0
	for k, v := range f.items {
		n += len(k) + len(v)
	}
	return n
}

// testClock is a clock that moves a minute each time it is read, so that
// "last edited" orders every write.
type testClock struct{ t time.Time }

func (c *testClock) now() time.Time {
	c.t = c.t.Add(time.Minute)
	return c.t
}

var storeDay = time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)

// openTestStore opens a store over storage as a tab would.
func openTestStore(storage deviceStorage, clock *testClock) *estimateStore {
	return openEstimateStore(storage, nil, clock.now, func() time.Time { return storeDay }, nil)
}

func newClock() *testClock { return &testClock{t: time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)} }

func basicEstimate(users string) pricing.Estimate {
	return pricing.Estimate{Format: 1, Catalog: "2026-11", Lang: pricing.ZH, Lines: []pricing.Line{
		{Item: "chat-basic", Mode: pricing.New, Quantity: pricing.Number(users), Years: "2"},
	}}
}

func mustCreate(t *testing.T, s *estimateStore, e pricing.Estimate) estimateSummary {
	t.Helper()
	sum, err := s.create(e)
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

func mustGet(t *testing.T, s *estimateStore, ref string) (pricing.Estimate, int) {
	t.Helper()
	e, rev, err := s.get(ref)
	if err != nil {
		t.Fatalf("get %s: %v", ref, err)
	}
	return e, rev
}

func TestStoreKeepsEstimates(t *testing.T) {
	storage := newFakeStorage()
	s := openTestStore(storage, newClock())
	if !s.persistent() || len(s.list()) != 0 {
		t.Fatalf("a new store: persistent %v, %d estimates", s.persistent(), len(s.list()))
	}

	// Two estimates with the same lines are two, with two numbers.
	first := mustCreate(t, s, basicEstimate("5"))
	second := mustCreate(t, s, basicEstimate("5"))
	refPattern := regexp.MustCompile(`^QD-261207-[A-Z2-7]{6}$`)
	if !refPattern.MatchString(first.Reference) || !refPattern.MatchString(second.Reference) || first.Reference == second.Reference {
		t.Fatalf("references %s and %s", first.Reference, second.Reference)
	}
	if first.Number != 1 || second.Number != 2 || first.Revision != 1 || first.Lines != 1 {
		t.Errorf("summaries %+v, %+v", first, second)
	}
	if first.title(pricing.ZH) != "估算 1" || second.title(pricing.EN) != "Estimate 2" {
		t.Errorf("titles %q, %q", first.title(pricing.ZH), second.title(pricing.EN))
	}

	// As kept: one key per estimate, a record holding the estimate's JSON.
	raw, ok := storage.items["qidian.est."+first.Reference]
	if !ok || len(storage.items) != 2 {
		t.Fatalf("storage holds %v", storage.items)
	}
	var rec map[string]json.RawMessage
	if err := json.Unmarshal([]byte(raw), &rec); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"reference", "number", "lines", "same", "created", "updated", "revision", "estimate"} {
		if _, ok := rec[k]; !ok {
			t.Errorf("the record has no %q: %s", k, raw)
		}
	}
	if kept, err := pricing.DecodeEstimate(rec["estimate"]); err != nil || kept.Reference != first.Reference {
		t.Errorf("the record's estimate %s: %v", rec["estimate"], err)
	}

	// Saved edits come back, each raising the revision.
	e, rev := mustGet(t, s, first.Reference)
	want := basicEstimate("5")
	want.Reference = first.Reference
	if !reflect.DeepEqual(e, want) || rev != 1 {
		t.Fatalf("get: %+v rev %d, want %+v rev 1", e, rev, want)
	}
	e.Details.Customer = "ACME"
	e.Lines = append(e.Lines, pricing.Line{Item: "chat-basic", Mode: pricing.Add, Quantity: "3"})
	rev, err := s.save(first.Reference, e, rev)
	if err != nil || rev != 2 {
		t.Fatalf("save: %d, %v", rev, err)
	}
	if back, rev := mustGet(t, s, first.Reference); !reflect.DeepEqual(back, e) || rev != 2 {
		t.Errorf("after save: %+v rev %d", back, rev)
	}

	// The list: most recently edited first, titled by customer or name.
	list := s.list()
	if len(list) != 2 || list[0].Reference != first.Reference || list[0].title(pricing.EN) != "ACME" || list[0].Lines != 2 || !list[0].Updated.After(list[1].Updated) {
		t.Errorf("list %+v", list)
	}
	if _, err := s.rename(first.Reference, "续费报价"); err != nil {
		t.Fatal(err)
	}
	if got := s.list()[0]; got.title(pricing.ZH) != "续费报价" || got.Revision != 3 {
		t.Errorf("renamed: %+v", got)
	}
	// A page reopened later (a restart) finds them all.
	again := openTestStore(storage, newClock())
	if len(again.list()) != 2 {
		t.Errorf("reopened: %d estimates", len(again.list()))
	}
	if _, _, err := s.get("QD-NONE"); !errors.Is(err, errEstimateNotFound) {
		t.Errorf("get of an unknown reference: %v", err)
	}
}

func TestStoreTitle(t *testing.T) {
	for _, c := range []struct {
		sum  estimateSummary
		want string
	}{
		{estimateSummary{Number: 4}, "Estimate 4"},
		{estimateSummary{Number: 4, Customer: "ACME"}, "ACME"},
		{estimateSummary{Number: 4, Customer: "ACME", Name: "Renewal"}, "Renewal"},
		{estimateSummary{Number: 4, Customer: "A\x1b[2J"}, "Estimate 4"}, // not printable: passed over
		{estimateSummary{Number: 4, Name: strings.Repeat("n", pricing.MaxNameChars+1), Customer: "ACME"}, "ACME"},
	} {
		if got := c.sum.title(pricing.EN); got != c.want {
			t.Errorf("%+v: %q, want %q", c.sum, got, c.want)
		}
	}
}

func TestStoreTwoTabsNeverOverwriteEachOther(t *testing.T) {
	storage := newFakeStorage()
	tabA, tabB := openTestStore(storage, newClock()), openTestStore(storage, newClock())

	// Each tab edits its own estimate: both kept.
	a := mustCreate(t, tabA, basicEstimate("5"))
	b := mustCreate(t, tabB, basicEstimate("7"))
	if b.Number != 2 {
		t.Errorf("the second tab's estimate is number %d, want 2", b.Number)
	}
	ea, ra := mustGet(t, tabA, a.Reference)
	eb, rb := mustGet(t, tabB, b.Reference)
	ea.Lines[0].Quantity, eb.Lines[0].Quantity = "6", "8"
	if _, err := tabA.save(a.Reference, ea, ra); err != nil {
		t.Fatal(err)
	}
	if _, err := tabB.save(b.Reference, eb, rb); err != nil {
		t.Fatal(err)
	}
	if got, _ := mustGet(t, tabB, a.Reference); got.Lines[0].Quantity != "6" {
		t.Errorf("tab A's edit reads %q in tab B", got.Lines[0].Quantity)
	}
	if got, _ := mustGet(t, tabA, b.Reference); got.Lines[0].Quantity != "8" {
		t.Errorf("tab B's edit reads %q in tab A", got.Lines[0].Quantity)
	}

	// Both edit the same one: the later save is refused, not written over.
	e1, r1 := mustGet(t, tabA, a.Reference)
	e2, r2 := mustGet(t, tabB, a.Reference)
	e1.Lines[0].Quantity, e2.Lines[0].Quantity = "10", "20"
	if _, err := tabA.save(a.Reference, e1, r1); err != nil {
		t.Fatal(err)
	}
	_, err := tabB.save(a.Reference, e2, r2)
	var conflict *estimateConflict
	if !errors.As(err, &conflict) || conflict.Deleted || conflict.Loaded != r2 || conflict.Stored != r1+1 || conflict.Reference != a.Reference {
		t.Fatalf("tab B saved over tab A: %v", err)
	}
	if got, _ := mustGet(t, tabA, a.Reference); got.Lines[0].Quantity != "10" {
		t.Errorf("tab A's save was overwritten: %q", got.Lines[0].Quantity)
	}
	// Tab B keeps its version as a copy: both are in the list.
	copyB := mustCreate(t, tabB, e2)
	if got, _ := mustGet(t, tabA, copyB.Reference); got.Lines[0].Quantity != "20" || len(tabA.list()) != 3 {
		t.Errorf("tab B's copy: %+v, list %d", got, len(tabA.list()))
	}

	// Deleted in one tab, saved in the other: refused as deleted.
	e3, r3 := mustGet(t, tabB, b.Reference)
	if _, err := tabA.remove(b.Reference); err != nil {
		t.Fatal(err)
	}
	if _, err := tabB.save(b.Reference, e3, r3); !errors.As(err, &conflict) || !conflict.Deleted {
		t.Errorf("a save over a deleted estimate: %v", err)
	}
	if _, ok := storage.items[estimateKeyPrefix+b.Reference]; ok {
		t.Error("the refused save wrote the deleted estimate back")
	}
}

func TestStoreStorageEvents(t *testing.T) {
	storage := newFakeStorage()
	tabA, tabB := openTestStore(storage, newClock()), openTestStore(storage, newClock())
	a := mustCreate(t, tabA, basicEstimate("5"))
	e, rev := mustGet(t, tabB, a.Reference)
	if _, err := tabB.save(a.Reference, e, rev); err != nil {
		t.Fatal(err)
	}
	if c, ok := tabA.changed(estimateKeyPrefix + a.Reference); !ok || c != (storeChange{Reference: a.Reference, Revision: 2}) {
		t.Errorf("after tab B's save, tab A sees %+v, %v", c, ok)
	}
	if _, err := tabB.remove(a.Reference); err != nil {
		t.Fatal(err)
	}
	if c, ok := tabA.changed(estimateKeyPrefix + a.Reference); !ok || !c.Deleted || len(tabA.list()) != 0 {
		t.Errorf("after tab B's delete, tab A sees %+v, %v", c, ok)
	}
	if _, ok := tabA.changed(estimateKeyPrefix + "<script>"); ok {
		t.Error("a key with no reference is a change")
	}
	if _, ok := tabA.changed("qidian.lang"); ok {
		t.Error("a key that is no estimate's is a change")
	}
	if c, ok := tabA.changed(""); !ok || !c.All {
		t.Errorf("a cleared storage: %+v, %v", c, ok)
	}
}

func TestStoreFullLosesNothing(t *testing.T) {
	storage := newFakeStorage()
	s := openTestStore(storage, newClock())
	kept := mustCreate(t, s, basicEstimate("5"))
	e, rev := mustGet(t, s, kept.Reference)
	storage.quota = storage.used() + 200 // room for a little, not for much

	big := e
	big.Details.Notes = strings.Repeat("备注", 200)
	if _, err := s.save(kept.Reference, big, rev); !errors.Is(err, errStorageFull) {
		t.Fatalf("a save over the quota: %v, want errStorageFull", err)
	}
	if got, gotRev := mustGet(t, s, kept.Reference); !reflect.DeepEqual(got, e) || gotRev != rev {
		t.Errorf("the full store lost the saved estimate: %+v rev %d", got, gotRev)
	}
	if _, err := s.create(big); !errors.Is(err, errStorageFull) {
		t.Errorf("a create over the quota: %v", err)
	}
	if len(s.list()) != 1 || !s.persistent() {
		t.Errorf("after refusals: %d estimates, persistent %v", len(s.list()), s.persistent())
	}
	// A small edit still fits, over the revision that was kept.
	e.Lines[0].Quantity = "6"
	if rev, err := s.save(kept.Reference, e, rev); err != nil || rev != 2 {
		t.Errorf("a small save: %d, %v", rev, err)
	}
}

func TestStoreWithoutStorage(t *testing.T) {
	// Site data blocked: the page cannot even reach localStorage.
	s := openEstimateStore(nil, errStorageUnavailable, newClock().now, func() time.Time { return storeDay }, nil)
	if s.persistent() {
		t.Error("a store without storage says it is persistent")
	}
	a := mustCreate(t, s, basicEstimate("5"))
	e, rev := mustGet(t, s, a.Reference)
	e.Lines[0].Quantity = "9"
	if _, err := s.save(a.Reference, e, rev); err != nil {
		t.Fatal(err)
	}
	if got, _ := mustGet(t, s, a.Reference); got.Lines[0].Quantity != "9" || len(s.list()) != 1 {
		t.Errorf("in memory: %+v", got)
	}

	// Reachable, but every call throws.
	throwing := newFakeStorage()
	throwing.throwing = true
	s = openTestStore(throwing, newClock())
	if s.persistent() {
		t.Error("a store over throwing storage says it is persistent")
	}
	if _, err := s.create(basicEstimate("5")); err != nil || len(s.list()) != 1 {
		t.Errorf("in memory after throws: %v, %d", err, len(s.list()))
	}
}

func TestStoreStorageFailingLaterLosesNothing(t *testing.T) {
	storage := newFakeStorage()
	s := openTestStore(storage, newClock())
	a := mustCreate(t, s, basicEstimate("5"))
	b := mustCreate(t, s, basicEstimate("7"))
	e, rev := mustGet(t, s, a.Reference)
	before := maps(storage.items)

	storage.throwing = true // site data cleared and blocked while the page is open
	e.Lines[0].Quantity = "6"
	rev, err := s.save(a.Reference, e, rev)
	if err != nil || rev != 2 {
		t.Fatalf("save once storage throws: %d, %v", rev, err)
	}
	if s.persistent() {
		t.Error("the store still says it is persistent")
	}
	if got, _ := mustGet(t, s, a.Reference); got.Lines[0].Quantity != "6" {
		t.Errorf("the edit is lost: %+v", got)
	}
	if got, _ := mustGet(t, s, b.Reference); got.Lines[0].Quantity != "7" || len(s.list()) != 2 {
		t.Errorf("the other estimate is lost: %+v, list %d", got, len(s.list()))
	}
	storage.throwing = false
	if !reflect.DeepEqual(storage.items, before) {
		t.Error("the failing storage was written")
	}
}

func maps(m map[string]string) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		out[k] = v
	}
	return out
}

func TestStoreRenameDuplicateRemoveRestore(t *testing.T) {
	storage := newFakeStorage()
	s := openTestStore(storage, newClock())
	a := mustCreate(t, s, basicEstimate("5"))

	for _, bad := range []string{"a\nb", strings.Repeat("名", pricing.MaxNameChars+1)} {
		_, err := s.rename(a.Reference, bad)
		var ie *pricing.InputError
		if !errors.As(err, &ie) || ie.Field != pricing.FieldName {
			t.Errorf("rename to %.20q: %v", bad, err)
		}
	}
	if _, rev := mustGet(t, s, a.Reference); rev != 1 {
		t.Errorf("a refused rename wrote revision %d", rev)
	}
	if _, err := s.rename("QD-GONE", "x"); !errors.Is(err, errEstimateNotFound) {
		t.Errorf("rename of an unknown estimate: %v", err)
	}

	dup, err := s.duplicate(a.Reference)
	if err != nil {
		t.Fatal(err)
	}
	orig, _ := mustGet(t, s, a.Reference)
	copied, _ := mustGet(t, s, dup.Reference)
	if dup.Reference == a.Reference || dup.Number != 2 || !reflect.DeepEqual(copied.Lines, orig.Lines) {
		t.Errorf("duplicate %+v of %+v", dup, a)
	}

	removed, err := s.remove(a.Reference)
	if err != nil || len(s.list()) != 1 {
		t.Fatalf("remove: %v, %d left", err, len(s.list()))
	}
	if _, err := s.remove(a.Reference); !errors.Is(err, errEstimateNotFound) {
		t.Errorf("a second remove: %v", err)
	}
	back, err := s.restore(removed)
	if err != nil || back.Reference != a.Reference || back.Number != 1 {
		t.Fatalf("restore: %+v, %v", back, err)
	}
	if got, rev := mustGet(t, s, a.Reference); !reflect.DeepEqual(got, orig) || rev != 1 {
		t.Errorf("restored %+v rev %d", got, rev)
	}
	// Restoring over a reference taken since keeps both.
	if _, err := s.restore(removed); err != nil || len(s.list()) != 3 {
		t.Errorf("a restore over a taken reference: %v, %d kept", err, len(s.list()))
	}
}

func TestStoreFindsTheSameEstimate(t *testing.T) {
	s := openTestStore(newFakeStorage(), newClock())
	e := basicEstimate("5")
	e.Term = pricing.Term{Years: "1", Months: "6"}
	e.Details = pricing.Details{Customer: "ACME"}
	a := mustCreate(t, s, e)

	link := e
	link.Lang, link.Catalog, link.Name, link.Reference = pricing.EN, "2025-01", "from a colleague", "QD-261201-ZZZZZZ"
	if ref, ok := s.findSame(link); !ok || ref != a.Reference {
		t.Errorf("the same lines, term and details: %q, %v", ref, ok)
	}
	for name, change := range map[string]func(*pricing.Estimate){
		"lines":   func(e *pricing.Estimate) { e.Lines[0].Quantity = "6" },
		"term":    func(e *pricing.Estimate) { e.Term.Months = "7" },
		"details": func(e *pricing.Estimate) { e.Details.Contact = "王五" },
	} {
		other := e
		other.Lines = append([]pricing.Line(nil), e.Lines...)
		change(&other)
		if ref, ok := s.findSame(other); ok {
			t.Errorf("other %s found %s", name, ref)
		}
	}
}

func TestStoreAdoptKeepsAFreeReference(t *testing.T) {
	s := openTestStore(newFakeStorage(), newClock())
	linked := basicEstimate("5")
	linked.Reference = "QD-261201-ABCDEF"
	first, err := s.adopt(linked)
	if err != nil || first.Reference != linked.Reference {
		t.Fatalf("adopt: %+v, %v", first, err)
	}
	second, err := s.adopt(linked)
	if err != nil || second.Reference == linked.Reference {
		t.Errorf("a taken reference was adopted again: %+v, %v", second, err)
	}
	created := mustCreate(t, s, linked)
	if created.Reference == linked.Reference || created.Reference == second.Reference {
		t.Errorf("create kept a reference: %s", created.Reference)
	}
}

func TestStoreBackup(t *testing.T) {
	source := openTestStore(newFakeStorage(), newClock())
	var refs []string
	for i := range 20 {
		e := basicEstimate(strconv.Itoa(5 + i))
		if i%3 == 0 {
			e.Name = "名称 " + strconv.Itoa(i)
		}
		if i%2 == 0 {
			e.Details = pricing.Details{Customer: "客户 " + strconv.Itoa(i), Notes: "a\nb", ValidDays: "45"}
			e.Term = pricing.Term{Basis: pricing.ByDates, Expiry: "2028-05-27"}
		}
		refs = append(refs, mustCreate(t, source, e).Reference)
	}
	backup := source.exportBackup()

	// Into another browser: all 20, exactly.
	target := openTestStore(newFakeStorage(), newClock())
	got, err := target.importBackup(backup)
	if err != nil || len(got.Added) != 20 || got.AlreadyKept != 0 {
		t.Fatalf("import: %+v, %v", got, err)
	}
	for i, ref := range refs {
		want, _ := mustGet(t, source, ref)
		have, _ := mustGet(t, target, ref)
		if !reflect.DeepEqual(have, want) || got.Added[i] != ref {
			t.Errorf("estimate %d: %+v, want %+v", i+1, have, want)
		}
	}
	if again := target.exportBackup(); string(again) != string(backup) {
		t.Error("the imported estimates export differently")
	}

	// Into the same browser again: nothing added, nothing replaced.
	before := source.list()
	got, err = source.importBackup(backup)
	if err != nil || len(got.Added) != 0 || got.AlreadyKept != 20 || !reflect.DeepEqual(source.list(), before) {
		t.Errorf("a second import: %+v, %v", got, err)
	}

	// An estimate edited since keeps its reference; the backup's is added beside it.
	e, rev := mustGet(t, source, refs[0])
	e.Lines[0].Quantity = "99"
	if _, err := source.save(refs[0], e, rev); err != nil {
		t.Fatal(err)
	}
	got, err = source.importBackup(backup)
	if err != nil || len(got.Added) != 1 || got.Added[0] == refs[0] || got.AlreadyKept != 19 {
		t.Fatalf("an import over an edited estimate: %+v, %v", got, err)
	}
	if kept, _ := mustGet(t, source, refs[0]); kept.Lines[0].Quantity != "99" {
		t.Error("the import replaced the edited estimate")
	}
	if added, _ := mustGet(t, source, got.Added[0]); added.Lines[0].Quantity != "5" {
		t.Errorf("the backup's version reads %q", added.Lines[0].Quantity)
	}

	// A bad backup adds nothing and names the estimate.
	bad := strings.Replace(string(backup), `"quantity": 7`, `"quantity": true`, 1)
	n := len(target.list())
	_, err = target.importBackup([]byte(bad))
	var be *pricing.BackupError
	if !errors.As(err, &be) || be.Index != 2 || len(target.list()) != n {
		t.Errorf("a bad backup: %v, %d kept", err, len(target.list()))
	}

	// Full half way: those added stay, and the result says which.
	storage := newFakeStorage()
	small := openTestStore(storage, newClock())
	storage.quota = 2500
	got, err = small.importBackup(backup)
	if !errors.Is(err, errStorageFull) || len(got.Added) == 0 || len(got.Added) == 20 || len(small.list()) != len(got.Added) {
		t.Errorf("an import into a small store: %d added, %v; %d kept", len(got.Added), err, len(small.list()))
	}
}

func TestStoreKeepsAtMostABackupsWorth(t *testing.T) {
	es := make([]pricing.Estimate, pricing.MaxBackupEstimates)
	for i := range es {
		es[i] = basicEstimate(strconv.Itoa(i + 5))
	}
	s := openTestStore(newFakeStorage(), newClock())
	if got, err := s.importBackup(pricing.EncodeEstimates(es)); err != nil || len(got.Added) != len(es) {
		t.Fatalf("importing %d: %d, %v", len(es), len(got.Added), err)
	}
	if _, err := s.create(basicEstimate("1")); !errors.Is(err, errTooManyEstimates) {
		t.Errorf("one more: %v", err)
	}
	if _, err := pricing.DecodeEstimates(s.exportBackup()); err != nil {
		t.Errorf("the full device's export does not import: %v", err)
	}
}

func TestStoreRefusesWhatCouldNotBeReadBack(t *testing.T) {
	storage := newFakeStorage()
	s := openTestStore(storage, newClock())
	a := mustCreate(t, s, basicEstimate("5"))
	e, rev := mustGet(t, s, a.Reference)
	e.Lines = make([]pricing.Line, pricing.MaxLines+1)
	if _, err := s.save(a.Reference, e, rev); !errors.Is(err, errEstimateTooLarge) {
		t.Errorf("%d lines: %v", len(e.Lines), err)
	}
	e.Lines = nil
	e.Details.Notes = strings.Repeat("x", pricing.MaxEstimateBytes)
	if _, err := s.save(a.Reference, e, rev); !errors.Is(err, errEstimateTooLarge) {
		t.Errorf("a huge estimate: %v", err)
	}
	if _, gotRev := mustGet(t, s, a.Reference); gotRev != rev {
		t.Error("a refused save was written")
	}

	// A record damaged on the device is not listed, and stays as it is; one
	// whose estimate cannot be read (here: made by a newer page) is listed,
	// and get says why it cannot open.
	storage.items[estimateKeyPrefix+"QD-BROKEN"] = "{not json"
	storage.items[estimateKeyPrefix+"QD-BAD-EST"] = `{"reference":"QD-BAD-EST","revision":1,"estimate":{"format":9}}`
	storage.items[estimateKeyPrefix+"not-a-reference"] = storage.items[estimateKeyPrefix+a.Reference]
	if list := s.list(); len(list) != 2 || !slices.ContainsFunc(list, func(e estimateSummary) bool { return e.Reference == "QD-BAD-EST" }) {
		t.Errorf("list with damaged records: %+v", list)
	}
	var ie *pricing.InputError
	if _, _, err := s.get("QD-BAD-EST"); !errors.As(err, &ie) || ie.Reason != pricing.NewerFormat {
		t.Errorf("an estimate from a newer page: %v", err)
	}
	if _, err := pricing.DecodeEstimates(s.exportBackup()); err != nil {
		t.Errorf("export with damaged records: %v", err)
	}
	if storage.items[estimateKeyPrefix+"QD-BROKEN"] != "{not json" {
		t.Error("the damaged record was changed")
	}
}

func TestStoreMigratesTheOldEstimate(t *testing.T) {
	local, session := newFakeStorage(), newFakeStorage()
	browsers := basicEstimate("5")
	browsers.Details.Customer = "ACME"
	tabs := basicEstimate("9")
	// As persist.go keeps them: through go-app, a JSON string of the JSON.
	goApp := func(e pricing.Estimate) string {
		b, _ := json.Marshal(string(pricing.EncodeEstimate(e)))
		return string(b)
	}
	local.items[legacyEstimateKey] = goApp(browsers)
	session.items[legacyTabEstimateKey] = goApp(tabs)
	local.items["qidian.lang"] = `"en"`

	s := openTestStore(local, newClock())
	open, err := s.migrateLegacy(session)
	if err != nil {
		t.Fatal(err)
	}
	list := s.list()
	if len(list) != 2 {
		t.Fatalf("migrated %d estimates", len(list))
	}
	got, _ := mustGet(t, s, open)
	if got.Lines[0].Quantity != "9" {
		t.Errorf("opens %+v, want this tab's", got)
	}
	ref, ok := s.findSame(browsers)
	if !ok {
		t.Fatal("the browser's estimate was not migrated")
	}
	if kept, _ := mustGet(t, s, ref); kept.Details.Customer != "ACME" {
		t.Errorf("the browser's estimate reads %+v", kept)
	}
	if _, ok := local.items[legacyEstimateKey]; ok {
		t.Error("the old key stays after its estimate moved")
	}
	if _, ok := session.items[legacyTabEstimateKey]; ok {
		t.Error("the tab's old key stays after its estimate moved")
	}
	if local.items["qidian.lang"] != `"en"` {
		t.Error("migration touched the language")
	}

	// Once: opened again, nothing is added; an old page writing the same
	// estimate again adds nothing either, and opens it.
	if open, err := s.migrateLegacy(session); err != nil || open != "" || len(s.list()) != 2 {
		t.Errorf("a second migration: %q, %v, %d", open, err, len(s.list()))
	}
	local.items[legacyEstimateKey] = goApp(browsers)
	if open, err := s.migrateLegacy(nil); err != nil || open != ref || len(s.list()) != 2 {
		t.Errorf("the same estimate written again: %q, %v, %d", open, err, len(s.list()))
	}

	// What cannot be read, or does not fit, stays where it was.
	local.items[legacyEstimateKey] = `"{\"format\": 7}"`
	if _, err := s.migrateLegacy(nil); err == nil || local.items[legacyEstimateKey] != `"{\"format\": 7}"` {
		t.Errorf("an unreadable old estimate: %v, key %q", err, local.items[legacyEstimateKey])
	}
	other := basicEstimate("11")
	local.items[legacyEstimateKey] = goApp(other)
	local.quota = local.used()
	if _, err := s.migrateLegacy(nil); !errors.Is(err, errStorageFull) || local.items[legacyEstimateKey] != goApp(other) {
		t.Errorf("a migration into a full store: %v", err)
	}
	// Raw JSON, not through go-app, is read too.
	local.quota = 0
	local.items[legacyEstimateKey] = string(pricing.EncodeEstimate(other))
	if open, err := s.migrateLegacy(nil); err != nil || open == "" || len(s.list()) != 3 {
		t.Errorf("raw JSON: %q, %v", open, err)
	}
}

func TestBrowserStoreOutsideTheBrowser(t *testing.T) {
	// Natively there is no Web Storage: the store works, in memory.
	s := openBrowserEstimateStore()
	if s.persistent() {
		t.Error("the store says it is persistent without a browser")
	}
	if _, err := s.create(basicEstimate("5")); err != nil || len(s.list()) != 1 {
		t.Errorf("create: %v, %d", err, len(s.list()))
	}
	if openSessionStorage() != nil {
		t.Error("a session storage without a browser")
	}
}

func TestStoreKeepsIncomingWithoutReplacing(t *testing.T) {
	s := openTestStore(newFakeStorage(), newClock())
	saved := mustCreate(t, s, basicEstimate("5"))

	// A link with other lines, over the saved estimate: both kept.
	link, err := pricing.DecodeLink("v=1&ref=QD-261201-LINKED&l=chat-pro,new,1,1")
	if err != nil {
		t.Fatal(err)
	}
	ref, switched, err := s.keepIncoming(link)
	if err != nil || switched || ref != "QD-261201-LINKED" || len(s.list()) != 2 {
		t.Fatalf("a new link: %s, %v, %v; %d kept", ref, switched, err, len(s.list()))
	}
	if e, _ := mustGet(t, s, saved.Reference); !reflect.DeepEqual(e.Lines, basicEstimate("5").Lines) {
		t.Errorf("the saved estimate changed: %+v", e)
	}
	// The same link again, or one with the saved estimate's lines: switch.
	if again, switched, err := s.keepIncoming(link); err != nil || !switched || again != ref || len(s.list()) != 2 {
		t.Errorf("the link again: %s, %v, %v", again, switched, err)
	}
	if same, switched, err := s.keepIncoming(basicEstimate("5")); err != nil || !switched || same != saved.Reference {
		t.Errorf("the saved lines: %s, %v, %v", same, switched, err)
	}
}
