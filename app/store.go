package app

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"qidian-calculator/internal/webstorage"
	"qidian-calculator/pricing"
)

// The visitor's estimates are kept on the device, in localStorage, one key
// per estimate:
//
//	qidian.est.QD-261207-K7QM3X → {"reference":…,"number":3,"revision":7,…,"estimate":{…}}
//
// There is no index key: the list is the keys with the prefix, so two tabs
// that create estimates at once never overwrite a shared list. Each record
// carries a revision, raised by every write: a tab saves only over the
// revision it loaded (save), so two tabs never overwrite each other
// silently. When the browser keeps nothing (site data blocked, storage
// that throws), the store works in memory and says so (persistent); the
// browser's storage is reached through internal/webstorage, which no
// exception of it can stop.

// estimateKeyPrefix leads every estimate's key; the rest is its reference.
const estimateKeyPrefix = "qidian.est."

// deviceStorage is a browser's Web Storage as the store uses it:
// *webstorage.Area in the browser, memoryStorage when it keeps nothing, a
// fake in tests. A write over the quota fails with errStorageFull (the
// item keeps its old value); any other failure is errStorageUnavailable.
type deviceStorage interface {
	GetItem(key string) (value string, found bool, err error)
	SetItem(key, value string) error
	RemoveItem(key string) error
	Keys() ([]string, error)
}

// Storage failures; either wraps the browser's message.
var (
	errStorageFull        = webstorage.ErrFull
	errStorageUnavailable = webstorage.ErrUnavailable
)

// Store failures the page words for the visitor, besides errStorageFull
// (the write did not happen; everything kept before stays kept) and
// *estimateConflict.
var (
	// errEstimateNotFound: no estimate has that reference (another tab
	// may have deleted it).
	errEstimateNotFound = errors.New("no estimate kept with that reference")
	// errTooManyEstimates: the device keeps pricing.MaxBackupEstimates,
	// as many as one backup holds.
	errTooManyEstimates = errors.New("the device keeps at most " + strconv.Itoa(pricing.MaxBackupEstimates) + " estimates")
	// errEstimateTooLarge: more lines or bytes than one estimate file
	// may hold; kept, it could not be read back.
	errEstimateTooLarge = errors.New("the estimate is larger than one estimate file may be")
)

// estimateConflict is a save refused because the estimate changed since
// it was loaded: saved by another tab (Stored > Loaded) or deleted there
// (Deleted). The page may save its version as a copy (create).
type estimateConflict struct {
	Reference string
	Loaded    int // the revision the page had
	Stored    int // the revision now kept; 0 when Deleted
	Deleted   bool
}

func (c *estimateConflict) Error() string {
	if c.Deleted {
		return c.Reference + " was deleted in another tab"
	}
	return c.Reference + " was saved in another tab (revision " + strconv.Itoa(c.Stored) + ", this tab has " + strconv.Itoa(c.Loaded) + ")"
}

// storedEstimate is one estimate's record. Name, Customer, Lines and Same
// repeat what Estimate holds, so the list needs no estimate decoded.
type storedEstimate struct {
	Reference string          `json:"reference"`
	Number    int             `json:"number"` // its place among those made on the device: "估算 N"
	Name      string          `json:"name,omitempty"`
	Customer  string          `json:"customer,omitempty"`
	Lines     int             `json:"lines"`
	Same      string          `json:"same"` // sameKey of the estimate
	Created   time.Time       `json:"created"`
	Updated   time.Time       `json:"updated"`
	Revision  int             `json:"revision"`
	Estimate  json.RawMessage `json:"estimate"` // pricing.EncodeEstimate's JSON
}

// estimateSummary is a row of the list. The total is the caller's to
// price (get, then the catalog).
type estimateSummary struct {
	Reference string
	Number    int
	Name      string // the visitor's name for it, "" when none
	Customer  string // the quote's customer, "" when none
	Lines     int
	Created   time.Time
	Updated   time.Time // last edited
	Revision  int
}

// title is what the list calls the estimate: its name, else the
// customer, else "估算 N" / "Estimate N". A name or customer that could
// not be printed (pricing.CheckName) is passed over.
func (s estimateSummary) title(lang pricing.Lang) string {
	if s.Name != "" && pricing.CheckName(s.Name) == nil {
		return s.Name
	}
	if s.Customer != "" && len((pricing.Details{Customer: s.Customer}).Problems()) == 0 {
		return s.Customer
	}
	n := strconv.Itoa(s.Number)
	return lang.Pick("估算 "+n, "Estimate "+n)
}

func (r *storedEstimate) summary() estimateSummary {
	return estimateSummary{Reference: r.Reference, Number: r.Number, Name: r.Name, Customer: r.Customer,
		Lines: r.Lines, Created: r.Created, Updated: r.Updated, Revision: r.Revision}
}

// estimateStore keeps the visitor's estimates. It is not safe for
// concurrent use: the page calls it from its UI goroutine.
type estimateStore struct {
	storage  deviceStorage
	onDevice bool             // storage is the browser's, not memory
	now      func() time.Time // when records are made and edited
	day      func() time.Time // the visitor's day, in new references
	random   func([]byte)     // nil: crypto/rand
	// records holds every record as last read or written: what the store
	// carries over to memory when the browser's storage fails.
	records map[string]*storedEstimate
}

// openBrowserEstimateStore opens the store in the browser's localStorage,
// or in memory when the browser keeps nothing.
func openBrowserEstimateStore() *estimateStore {
	local, err := webstorage.Open("localStorage")
	if err != nil {
		return openEstimateStore(nil, err, time.Now, today, nil)
	}
	return openEstimateStore(local, nil, time.Now, today, nil)
}

// openSessionStorage is this tab's sessionStorage, for migrateLegacy; nil
// when the browser keeps nothing.
func openSessionStorage() deviceStorage {
	if session, err := webstorage.Open("sessionStorage"); err == nil {
		return session
	}
	return nil
}

// watchStorageEvents calls changed with the key of each storage event
// (another tab changed it; "" when it cleared the storage), for
// estimateStore.changed. It runs on the browser's event loop: dispatch to
// the page's components from there. stop removes the listener.
func watchStorageEvents(changed func(key string)) (stop func()) {
	return webstorage.WatchEvents(changed)
}

// openEstimateStore opens the store in storage, or, when storageErr is
// set or storage cannot be read, in memory.
func openEstimateStore(storage deviceStorage, storageErr error, now, day func() time.Time, random func([]byte)) *estimateStore {
	s := &estimateStore{storage: storage, onDevice: true, now: now, day: day, random: random, records: map[string]*storedEstimate{}}
	if storage == nil || storageErr != nil {
		s.storage, s.onDevice = newMemoryStorage(), false
	}
	s.reload()
	return s
}

// persistent is false when the store keeps estimates in memory only: the
// page says once that this browser does not keep them. It turns false
// when the browser's storage fails after opening.
func (s *estimateStore) persistent() bool { return s.onDevice }

// toMemory carries the records known so far to memory, after the
// browser's storage failed.
func (s *estimateStore) toMemory() {
	mem := newMemoryStorage()
	for ref, r := range s.records {
		b, _ := json.Marshal(r)
		mem.items[estimateKeyPrefix+ref] = string(b)
	}
	s.storage, s.onDevice = mem, false
}

// The storage calls: a failure other than a full store moves the store
// to memory and is tried there.
func (s *estimateStore) getItem(key string) (string, bool) {
	v, found, err := s.storage.GetItem(key)
	if err != nil {
		s.toMemory()
		v, found, _ = s.storage.GetItem(key)
	}
	return v, found
}

func (s *estimateStore) setItem(key, value string) error {
	err := s.storage.SetItem(key, value)
	if err != nil && !errors.Is(err, errStorageFull) {
		s.toMemory()
		err = s.storage.SetItem(key, value)
	}
	return err
}

func (s *estimateStore) removeItem(key string) {
	if err := s.storage.RemoveItem(key); err != nil {
		s.toMemory()
		s.storage.RemoveItem(key)
	}
}

func (s *estimateStore) keys() []string {
	keys, err := s.storage.Keys()
	if err != nil {
		s.toMemory()
		keys, _ = s.storage.Keys()
	}
	return keys
}

// reload reads every record afresh: another tab may have written.
func (s *estimateStore) reload() {
	fresh := map[string]*storedEstimate{}
	for _, key := range s.keys() {
		ref, ok := strings.CutPrefix(key, estimateKeyPrefix)
		if !ok || !pricing.ValidReference(ref) {
			continue // not an estimate's key, or not one this store wrote: left as it is
		}
		if r := s.read(ref); r != nil {
			fresh[ref] = r
		}
	}
	s.records = fresh
}

// read reads one record afresh, nil when there is none or it cannot be
// read (its key is left as it is: nothing kept is deleted unread).
func (s *estimateStore) read(ref string) *storedEstimate {
	v, found := s.getItem(estimateKeyPrefix + ref)
	if !found {
		delete(s.records, ref)
		return nil
	}
	var r storedEstimate
	if json.Unmarshal([]byte(v), &r) != nil || len(r.Estimate) == 0 {
		return nil
	}
	r.Reference = ref // the key says which estimate it is
	s.records[ref] = &r
	return &r
}

// write keeps r; on failure nothing is changed.
func (s *estimateStore) write(r *storedEstimate) error {
	b, _ := json.Marshal(r) // cannot fail: strings, numbers, times and valid JSON
	if err := s.setItem(estimateKeyPrefix+r.Reference, string(b)); err != nil {
		return err
	}
	s.records[r.Reference] = r
	return nil
}

// list is every estimate kept, as the device holds them now, most
// recently edited first.
func (s *estimateStore) list() []estimateSummary {
	s.reload()
	out := make([]estimateSummary, 0, len(s.records))
	for _, r := range s.records {
		out = append(out, r.summary())
	}
	slices.SortFunc(out, func(a, b estimateSummary) int {
		if c := b.Updated.Compare(a.Updated); c != 0 {
			return c
		}
		return b.Number - a.Number
	})
	return out
}

// get is the estimate kept as ref and its revision, read afresh.
func (s *estimateStore) get(ref string) (pricing.Estimate, int, error) {
	r := s.read(ref)
	if r == nil {
		return pricing.Estimate{}, 0, errEstimateNotFound
	}
	e, err := pricing.DecodeEstimate(r.Estimate)
	if err != nil {
		return pricing.Estimate{}, 0, err
	}
	e.Reference = ref
	return e, r.Revision, nil
}

// record is a new revision of e's record: e as kept, and what the list
// shows of it. It refuses what could not be read back.
func record(e pricing.Estimate) (*storedEstimate, error) {
	if err := pricing.CheckName(e.Name); err != nil {
		return nil, err
	}
	if len(e.Lines) > pricing.MaxLines {
		return nil, errEstimateTooLarge
	}
	data := pricing.EncodeEstimate(e)
	if len(data) > pricing.MaxEstimateBytes {
		return nil, errEstimateTooLarge
	}
	var compact bytes.Buffer
	json.Compact(&compact, data) // cannot fail: EncodeEstimate writes valid JSON
	return &storedEstimate{Reference: e.Reference, Name: e.Name, Customer: e.Details.Customer,
		Lines: len(e.Lines), Same: sameKey(e), Estimate: compact.Bytes()}, nil
}

// sameKey tells estimates apart by what they hold: lines, term and
// details; not the name, reference, quote date, language or price list.
func sameKey(e pricing.Estimate) string {
	e.Catalog, e.Lang, e.Reference, e.Name, e.Date = "", "", "", "", ""
	sum := sha256.Sum256([]byte(pricing.EncodeLink(e)))
	return base64.RawURLEncoding.EncodeToString(sum[:18])
}

// taken tells whether ref names an estimate on the device.
func (s *estimateStore) taken(ref string) bool {
	if _, ok := s.records[ref]; ok {
		return true
	}
	_, found := s.getItem(estimateKeyPrefix + ref)
	return found
}

// create keeps e as a new estimate with a new reference.
func (s *estimateStore) create(e pricing.Estimate) (estimateSummary, error) {
	e.Reference = ""
	return s.adopt(e)
}

// adopt keeps e as a new estimate under its own reference when it has a
// valid one not on the device (an estimate from a link, a file or a
// backup keeps its number), else under a new one.
func (s *estimateStore) adopt(e pricing.Estimate) (estimateSummary, error) {
	s.reload() // another tab's estimates count, for the reference and the number
	return s.adoptKnown(e)
}

// adoptKnown is adopt among the records as last read.
func (s *estimateStore) adoptKnown(e pricing.Estimate) (estimateSummary, error) {
	if len(s.records) >= pricing.MaxBackupEstimates {
		return estimateSummary{}, errTooManyEstimates
	}
	if !pricing.ValidReference(e.Reference) || s.taken(e.Reference) {
		e.Reference = pricing.NewReference(s.day(), s.random, s.taken)
	}
	r, err := record(e)
	if err != nil {
		return estimateSummary{}, err
	}
	for _, other := range s.records {
		r.Number = max(r.Number, other.Number)
	}
	r.Number++
	r.Created = s.now().UTC()
	r.Updated, r.Revision = r.Created, 1
	if err := s.write(r); err != nil {
		return estimateSummary{}, err
	}
	return r.summary(), nil
}

// save keeps e as the estimate ref, over the revision loaded (from get,
// create, adopt or the last save) and returns the new revision. It
// refuses with *estimateConflict when the estimate was saved or deleted
// elsewhere since, and with errStorageFull when there is no room; either
// way what was kept stays as it was.
func (s *estimateStore) save(ref string, e pricing.Estimate, loaded int) (int, error) {
	stored := s.read(ref)
	switch {
	case stored == nil:
		return 0, &estimateConflict{Reference: ref, Loaded: loaded, Deleted: true}
	case stored.Revision != loaded:
		return 0, &estimateConflict{Reference: ref, Loaded: loaded, Stored: stored.Revision}
	}
	e.Reference = ref
	r, err := record(e)
	if err != nil {
		return 0, err
	}
	r.Number, r.Created = stored.Number, stored.Created
	r.Updated, r.Revision = s.now().UTC(), stored.Revision+1
	if err := s.write(r); err != nil {
		return 0, err
	}
	return r.Revision, nil
}

// rename gives the estimate ref a name ("" takes it away) and returns its
// new revision: a page that has ref open takes that as the one loaded. A
// name pricing.CheckName refuses is refused with its *pricing.InputError.
func (s *estimateStore) rename(ref, name string) (int, error) {
	if err := pricing.CheckName(name); err != nil {
		return 0, err
	}
	e, revision, err := s.get(ref)
	if err != nil {
		return 0, err
	}
	e.Name = name
	return s.save(ref, e, revision)
}

// duplicate keeps a copy of the estimate ref under a new reference.
func (s *estimateStore) duplicate(ref string) (estimateSummary, error) {
	e, _, err := s.get(ref)
	if err != nil {
		return estimateSummary{}, err
	}
	e.Date = pricing.FormatDate(s.day()) // a copy is a new quote, of today (R19)
	return s.create(e)
}

// remove deletes the estimate ref and returns its record, which restore
// puts back (undo).
func (s *estimateStore) remove(ref string) (storedEstimate, error) {
	r := s.read(ref)
	if r == nil {
		return storedEstimate{}, errEstimateNotFound
	}
	s.removeItem(estimateKeyPrefix + ref)
	delete(s.records, ref)
	return *r, nil
}

// restore puts back a record remove returned, as it was, unless its
// reference was taken since (then it is kept under a new one). It
// returns the summary of the estimate kept.
func (s *estimateStore) restore(r storedEstimate) (estimateSummary, error) {
	if s.taken(r.Reference) {
		e, err := pricing.DecodeEstimate(r.Estimate)
		if err != nil {
			return estimateSummary{}, err
		}
		e.Reference = ""
		return s.adopt(e)
	}
	if err := s.write(&r); err != nil {
		return estimateSummary{}, err
	}
	return r.summary(), nil
}

// findSame is the reference of an estimate kept with the same lines, term
// and details as e, so an incoming link can switch to it rather than keep
// a second copy.
func (s *estimateStore) findSame(e pricing.Estimate) (string, bool) {
	s.reload()
	key := sameKey(e)
	best := ""
	for ref, r := range s.records {
		if r.Same == key && (best == "" || r.Updated.After(s.records[best].Updated)) {
			best = ref
		}
	}
	return best, best != ""
}

// keepIncoming keeps an estimate that arrived (a share link, an opened
// file, the embedding page's message) without replacing any: it is the
// reference of one kept the same (switched), else of e kept as a new
// estimate (adopt: its own reference when free).
func (s *estimateStore) keepIncoming(e pricing.Estimate) (ref string, switched bool, err error) {
	if ref, ok := s.findSame(e); ok {
		return ref, true, nil
	}
	added, err := s.adopt(e)
	return added.Reference, false, err
}

// importResult says what an import kept.
type importResult struct {
	Added       []string // references of the estimates added, in the backup's order
	AlreadyKept int      // estimates the device held already, same reference and content
}

// importBackup adds the estimates of a backup (pricing.DecodeEstimates'
// format; its errors are *pricing.BackupError) and never replaces one: an
// estimate whose reference is taken by another is added under a new one;
// one already kept as it is, with its reference, is not added twice. On
// errStorageFull or errTooManyEstimates it stops: those added so far stay,
// and the result says which.
func (s *estimateStore) importBackup(data []byte) (importResult, error) {
	var out importResult
	es, err := pricing.DecodeEstimates(data)
	if err != nil {
		return out, err
	}
	s.reload()
	for _, e := range es {
		if r, ok := s.records[e.Reference]; ok && r.Same == sameKey(e) && r.Name == e.Name {
			out.AlreadyKept++
			continue
		}
		added, err := s.adoptKnown(e)
		if err != nil {
			return out, err
		}
		out.Added = append(out.Added, added.Reference)
	}
	return out, nil
}

// exportBackup is every estimate kept, in the order they were made, as
// one backup file (pricing.EncodeEstimates). A record that cannot be read
// is left out.
func (s *estimateStore) exportBackup() []byte {
	s.reload()
	refs := make([]string, 0, len(s.records))
	for ref := range s.records {
		refs = append(refs, ref)
	}
	slices.SortFunc(refs, func(a, b string) int {
		ra, rb := s.records[a], s.records[b]
		if c := ra.Number - rb.Number; c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	var es []pricing.Estimate
	for _, ref := range refs {
		if e, err := pricing.DecodeEstimate(s.records[ref].Estimate); err == nil {
			e.Reference = ref
			es = append(es, e)
		}
	}
	return pricing.EncodeEstimates(es)
}

// storeChange is what a storage event from another tab changed.
type storeChange struct {
	All       bool   // the storage was cleared: reload the list
	Reference string // else the estimate changed
	Deleted   bool
	Revision  int // its revision now, when not Deleted
}

// changed reads afresh what another tab changed, given the key of its
// storage event ("" when it cleared the storage). It is false for keys
// that are no estimate's. The page refreshes its list, and, when the
// estimate open changed past the revision loaded, says so.
func (s *estimateStore) changed(key string) (storeChange, bool) {
	if key == "" {
		s.reload()
		return storeChange{All: true}, true
	}
	ref, ok := strings.CutPrefix(key, estimateKeyPrefix)
	if !ok || !pricing.ValidReference(ref) {
		return storeChange{}, false
	}
	if r := s.read(ref); r != nil {
		return storeChange{Reference: ref, Revision: r.Revision}, true
	}
	if _, found := s.getItem(key); found {
		return storeChange{}, false // unreadable: kept as it is, not listed
	}
	return storeChange{Reference: ref, Deleted: true}, true
}

// The page's storage keys before there was a list (persist.go).
const (
	legacyEstimateKey    = "qidian.estimate"    // localStorage
	legacyTabEstimateKey = "qidian.tabEstimate" // sessionStorage
)

// migrateLegacy moves the estimate the page kept before there was a list
// into it: this tab's (session: its sessionStorage, may be nil) and the
// browser's (in the store's localStorage). Each is added unless one the
// same is kept, and its old key removed once it is: a page of the old
// version that writes it again is moved again, never lost. A value that
// cannot be read stays where it is. open is the reference to open, this
// tab's estimate before the browser's; "" when there was none.
func (s *estimateStore) migrateLegacy(session deviceStorage) (open string, err error) {
	type legacy struct {
		session bool
		key     string
	}
	sources := []legacy{{false, legacyEstimateKey}}
	if session != nil {
		sources = []legacy{{true, legacyTabEstimateKey}, sources[0]}
	}
	for _, l := range sources {
		var v string
		var found bool
		if l.session {
			var readErr error
			if v, found, readErr = session.GetItem(l.key); readErr != nil {
				continue
			}
		} else {
			v, found = s.getItem(l.key)
		}
		if !found {
			continue
		}
		e, decodeErr := pricing.DecodeEstimate(legacyJSON(v))
		if decodeErr != nil {
			err = decodeErr
			continue
		}
		ref, same := s.findSame(e)
		if !same {
			added, addErr := s.adopt(e)
			if addErr != nil {
				return open, addErr // the old key stays: tried again next time
			}
			ref = added.Reference
		}
		if open == "" {
			open = ref
		}
		if l.session {
			session.RemoveItem(l.key)
		} else {
			s.removeItem(l.key)
		}
	}
	return open, err
}

// legacyJSON is the estimate JSON of an old key: go-app stored it as a
// JSON string holding the JSON.
func legacyJSON(v string) []byte {
	var inner string
	if strings.HasPrefix(v, `"`) && json.Unmarshal([]byte(v), &inner) == nil {
		return []byte(inner)
	}
	return []byte(v)
}

// memoryStorage is a deviceStorage for a browser that keeps nothing.
type memoryStorage struct{ items map[string]string }

func newMemoryStorage() *memoryStorage { return &memoryStorage{items: map[string]string{}} }

func (m *memoryStorage) GetItem(key string) (string, bool, error) {
	v, ok := m.items[key]
	return v, ok, nil
}

func (m *memoryStorage) SetItem(key, value string) error { m.items[key] = value; return nil }

func (m *memoryStorage) RemoveItem(key string) error { delete(m.items, key); return nil }

func (m *memoryStorage) Keys() ([]string, error) {
	keys := make([]string, 0, len(m.items))
	for k := range m.items {
		keys = append(keys, k)
	}
	return keys, nil
}
