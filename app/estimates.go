package app

import (
	"encoding/json"
	"errors"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"qidian-calculator/internal/webstorage"
	"qidian-calculator/pricing"
)

// The visitor's estimates: every one is kept on this device (store.go),
// one of them is open on the page. Nothing the visitor did not make is
// put over one: a link, a file, the embedding page's message and a worked
// example each open as a new estimate, or switch to one that holds the
// same; 新建估算 starts another and keeps the last. Each estimate has its
// own 报价单号, given when it is made (pricing.NewReference).

// shelf is the page's hold on the visitor's estimates.
type shelf struct {
	store *estimateStore
	local deviceStorage // localStorage, for the language chosen
	tab   deviceStorage // this tab's sessionStorage: which estimate it has open

	kept     bool // the open estimate is in the store
	revision int  // its revision as last loaded or saved there
	full     bool // the last save found the store full

	listOpen bool             // 我的估算 is open: its rows are kept current
	totals   map[string]total // each row's total, by reference and revision
}

type total struct {
	revision int
	text     string
}

// Storage keys besides the store's own (store.go).
const (
	langKey       = "qidian.lang"       // localStorage: the language chosen
	tabOpenKey    = "qidian.open"       // sessionStorage: the reference this tab has open
	addressBarKey = "qidian.addressBar" // sessionStorage: the last two links this tab wrote to its address bar
)

// openShelf opens the store, moving an estimate kept by an older version
// of the page into it, and reports the reference to open for this tab:
// the one it had open, else the one moved, else "".
func (c *calculator) openShelf() (ref string) {
	c.shelf.store = openBrowserEstimateStore()
	c.shelf.local = deviceOrMemory("localStorage")
	tab := deviceOrMemory("sessionStorage")
	c.shelf.tab = tab
	legacy, _ := c.shelf.store.migrateLegacy(tab)
	if v, found, _ := tab.GetItem(tabOpenKey); found {
		return v
	}
	return legacy
}

// memoryShelf is a shelf that keeps estimates in memory: the server's
// page and the native tests, until the browser's is opened.
func memoryShelf() shelf {
	return shelf{store: openEstimateStore(nil, errStorageUnavailable, time.Now, today, nil), totals: map[string]total{}}
}

// deviceOrMemory is the browser's storage of that name, or memory where
// the browser keeps nothing.
func deviceOrMemory(name string) deviceStorage {
	s, err := webstorage.Open(name)
	if err != nil {
		return newMemoryStorage()
	}
	return s
}

// readKept reads a JSON value the page keeps under key ("" when none).
func readKept(s deviceStorage, key string, v any) {
	if s == nil {
		return
	}
	if text, found, err := s.GetItem(key); err == nil && found {
		json.Unmarshal([]byte(text), v)
	}
}

// writeKept keeps v as JSON under key, where the browser allows.
func writeKept(s deviceStorage, key string, v any) {
	if s == nil {
		return
	}
	b, _ := json.Marshal(v)
	s.SetItem(key, string(b))
}

// draft is a new, empty estimate with its own quote number. It is kept
// once it holds something: a page opened and left empty adds nothing to
// the list.
func (c *calculator) draft() pricing.Estimate {
	e := pricing.Estimate{Reference: pricing.NewReference(c.today, nil, c.shelf.store.taken)}
	c.shelf.kept, c.shelf.revision = false, 0
	return e
}

// blank tells an estimate that holds nothing the visitor typed.
func blank(e pricing.Estimate) bool {
	return len(e.Lines) == 0 && e.Name == "" && e.Details == (pricing.Details{}) &&
		e.Term.Years == "" && e.Term.Months == "" && e.Term.Expiry == "" && e.Term.From == ""
}

// openKept makes the estimate kept as ref the one open, reporting false
// when there is none (deleted, or unreadable).
func (c *calculator) openKept(ref string) bool {
	e, revision, err := c.shelf.store.get(ref)
	if err != nil {
		return false
	}
	c.take(incoming{est: e})
	c.shelf.kept, c.shelf.revision = true, revision
	return true
}

// openLatest opens the estimate edited last, or a new draft when none is kept.
func (c *calculator) openLatest() {
	for _, s := range c.shelf.store.list() {
		if c.openKept(s.Reference) {
			return
		}
	}
	c.take(incoming{est: c.draft()})
}

// openAsNew opens in as an estimate of its own (adoptIncoming) and says
// so, naming where it came from; an example can be undone. push makes it a
// new entry of the tab's history; Back and Forward open one in the entry
// they reach. It reports false when nothing could be read.
func (c *calculator) openAsNew(ctx app.Context, in incoming, push bool) bool {
	if in.nothing {
		c.refuse(in)
		return false
	}
	before := c.openedBefore()
	if push {
		c.keepOpen(ctx)
	}
	text := c.adoptIncoming(in)
	c.showOpened(ctx)
	if push {
		c.pushAddress()
	} else {
		c.writeAddressBar(ctx)
	}
	var undo func(ctx app.Context)
	if in.from == fromExample {
		since := c.edit.est.Reference
		undo = func(ctx app.Context) { c.goBack(ctx, before, since, true) }
	}
	c.say(ctx, text, undo)
	return true
}

// adoptIncoming makes in the open estimate: the one kept that holds the
// same, or a new one, kept at once, keeping in's quote number where no
// other estimate on the device has it. It returns the notice that says so.
func (c *calculator) adoptIncoming(in incoming) words {
	if ref, same := c.shelf.store.findSame(in.est); same && in.from != fromExample && c.openKept(ref) {
		c.edit.linkProblem = in.problem
		c.staleCheck()
		return wordsOf(msgNoticeLinkSame, c.openSummary())
	}
	e := in.est
	if in.from == fromExample {
		e.Reference = "" // an example is a new quote each time
	}
	c.take(incoming{from: in.from, est: e, problem: in.problem})
	c.shelf.kept, c.shelf.revision = false, 0
	c.stamp()
	if s, err := c.shelf.store.adopt(c.edit.est); err == nil {
		c.edit.est.Reference = s.Reference
		c.shelf.kept, c.shelf.revision = true, s.Revision
	} else {
		c.storeProblem(err)
		if !pricing.ValidReference(c.edit.est.Reference) || c.shelf.store.taken(c.edit.est.Reference) {
			c.edit.est.Reference = pricing.NewReference(c.today, nil, c.shelf.store.taken)
		}
	}
	name := c.openSummary()
	switch in.from {
	case fromExample:
		return wordsOf(msgNoticeExample, name)
	case fromFile:
		return wordsOf(msgNoticeFile, name)
	case fromParent:
		return wordsOf(msgNoticeParent, name)
	}
	return wordsOf(msgNoticeLink, name)
}

// showOpened draws the estimate just opened and notes it as the tab's.
func (c *calculator) showOpened(ctx app.Context) {
	c.reprice()
	c.committed()
	c.showHeldValues(ctx)
	c.noteTabOpen()
	c.postEstimate()
}

// opened is an estimate the visitor can be taken back to by undo.
type opened struct {
	ref  string
	kept bool
	est  pricing.Estimate // as it stood, for one that was not kept (a draft)
}

func (c *calculator) openedBefore() opened {
	return opened{ref: c.edit.est.Reference, kept: c.shelf.kept, est: c.edit.est}
}

// goBack undoes an open: the estimate before comes back. An example opened
// since goes if nothing was done to it (revision 1, as made); a new
// estimate is kept only once something was put in it, and then stays.
func (c *calculator) goBack(ctx app.Context, before opened, since string, example bool) {
	c.keepOpen(ctx)
	if s, ok := c.summaryOf(since); ok && example && s.Revision == 1 {
		c.shelf.store.remove(since)
	}
	if !before.kept || !c.openKept(before.ref) {
		c.take(incoming{est: before.est})
		c.shelf.kept, c.shelf.revision = false, 0
	}
	c.showOpened(ctx)
	c.writeAddressBar(ctx)
}

func (c *calculator) summaryOf(ref string) (estimateSummary, bool) {
	for _, s := range c.shelf.store.list() {
		if s.Reference == ref {
			return s, true
		}
	}
	return estimateSummary{}, false
}

// keepOpen saves the open estimate now, before another takes its place.
func (c *calculator) keepOpen(ctx app.Context) {
	if c.saving.pending {
		c.saving.pending = false
		c.save(ctx)
	}
	if c.saving.addressBarDirty {
		c.writeAddressBar(ctx)
	}
}

// newEstimate starts a new, empty estimate; the one open stays kept, and
// undo goes back to it.
func (c *calculator) newEstimate(ctx app.Context) {
	before := c.openedBefore()
	name := c.openSummary()
	c.keepOpen(ctx)
	c.take(incoming{est: c.draft()})
	c.stamp()
	c.showOpened(ctx)
	c.pushAddress()
	c.focus(ctx, "add-line")
	if before.kept {
		since := c.edit.est.Reference
		c.say(ctx, wordsOf(msgNoticeNew, name), func(ctx app.Context) { c.goBack(ctx, before, since, false) })
	}
}

// switchEstimate opens the estimate kept as ref.
func (c *calculator) switchEstimate(ctx app.Context, ref string) {
	if ref == c.edit.est.Reference {
		return
	}
	c.keepOpen(ctx)
	if !c.openKept(ref) {
		return
	}
	c.showOpened(ctx)
	c.pushAddress()
	c.dismissNotice(ctx)
}

// renameEstimate names the estimate ref; the problem is why the name cannot be.
func (c *calculator) renameEstimate(ctx app.Context, ref, name string) string {
	if ref == c.edit.est.Reference {
		c.keepOpen(ctx)
	}
	revision, err := c.shelf.store.rename(ref, name)
	if err != nil {
		var ie *pricing.InputError
		if errors.As(err, &ie) {
			return ie.Message(c.lang)
		}
		return c.storeProblemWords(err)(c.lang)
	}
	if ref == c.edit.est.Reference {
		c.edit.est.Name, c.shelf.revision = name, revision
		c.changed(ctx) // the link and the printed quote carry the name
	}
	return ""
}

// duplicateEstimate keeps a copy of ref under a new quote number and opens it.
func (c *calculator) duplicateEstimate(ctx app.Context, ref string) {
	c.keepOpen(ctx)
	s, err := c.shelf.store.duplicate(ref)
	if err != nil {
		c.warn(c.storeProblemWords(err))
		return
	}
	if s.Name != "" {
		// A named estimate's copy says it is one; an unnamed one's has a
		// number of its own ("估算 N").
		if name := copyName(s.Name, c.lang); pricing.CheckName(name) == nil {
			c.shelf.store.rename(s.Reference, name)
		}
	}
	if c.openKept(s.Reference) {
		c.showOpened(ctx)
		c.pushAddress()
		c.say(ctx, wordsOf(msgNoticeDuplicated, c.openSummary()), nil)
	}
}

// copyName is the name of a copy of an estimate named name.
func copyName(name string, lang pricing.Lang) string {
	suffix := t(lang, msgEstimateCopy)
	if r := []rune(name); len(r)+len([]rune(suffix)) > pricing.MaxNameChars {
		name = string(r[:pricing.MaxNameChars-len([]rune(suffix))])
	}
	return name + suffix
}

// deleteEstimate deletes ref; undo puts it back. Deleting the open one
// opens the one edited last, or a new draft.
func (c *calculator) deleteEstimate(ctx app.Context, ref string) {
	wasOpen := ref == c.edit.est.Reference
	if wasOpen {
		c.keepOpen(ctx) // its last edit is kept first, so undo brings it back too
	}
	name, _ := c.summaryOf(ref)
	if wasOpen {
		name = c.openSummary()
	}
	rec, err := c.shelf.store.remove(ref)
	if err != nil {
		return
	}
	if wasOpen {
		c.openLatest()
		c.showOpened(ctx)
		c.writeAddressBar(ctx)
	}
	c.say(ctx, wordsOf(msgNoticeDeleted, name), func(ctx app.Context) {
		back, err := c.shelf.store.restore(rec)
		if err != nil {
			c.warn(c.storeProblemWords(err))
			return
		}
		if wasOpen {
			c.keepOpen(ctx)
			if c.openKept(back.Reference) {
				c.showOpened(ctx)
				c.writeAddressBar(ctx)
			}
		}
	})
}

// openSummary is the open estimate as the list shows it: kept, or a new
// one, with the number it will have.
func (c *calculator) openSummary() estimateSummary {
	if s, ok := c.summaryOf(c.edit.est.Reference); ok {
		return s
	}
	e := c.edit.est
	return estimateSummary{Reference: e.Reference, Name: e.Name, Customer: e.Details.Customer, Number: c.nextNumber()}
}

// nextNumber is the N of "估算 N" the open draft will get when kept.
func (c *calculator) nextNumber() int {
	n := 0
	for _, s := range c.shelf.store.list() {
		n = max(n, s.Number)
	}
	return n + 1
}

// noteTabOpen notes which estimate this tab has open, for a reload.
func (c *calculator) noteTabOpen() {
	if c.shelf.tab != nil {
		c.shelf.tab.SetItem(tabOpenKey, c.edit.est.Reference)
	}
}

// storeProblem says, once, what keeps the store from keeping the estimate.
func (c *calculator) storeProblem(err error) {
	if err == nil {
		return
	}
	if errors.Is(err, errStorageFull) {
		if !c.shelf.full {
			c.shelf.full = true
			c.warn(wordsOf(msgNoticeStoreFull))
		}
		return
	}
	c.warn(c.storeProblemWords(err))
}

func (c *calculator) storeProblemWords(err error) words {
	switch {
	case errors.Is(err, errStorageFull):
		return wordsOf(msgNoticeStoreFull)
	case !c.shelf.store.persistent():
		return wordsOf(msgNoticeNoStore)
	}
	return problemWords(err)
}

// toggleEstimates opens or closes 我的估算: its rows are priced only while open.
func (c *calculator) toggleEstimates() { c.shelf.listOpen = !c.shelf.listOpen }

// estimateRows is 我的估算 as the list shows it: the open estimate first
// when it is a draft, then every kept one, most recently edited first.
func (c *calculator) estimateRows() []estimateRow {
	var rows []estimateRow
	open := c.edit.est.Reference
	if !c.shelf.kept {
		rows = append(rows, estimateRow{Ref: open, Name: c.openSummary().title(c.lang), Total: c.totalShown(), Lines: len(c.edit.est.Lines), Current: true})
	}
	for _, s := range c.shelf.store.list() {
		r := estimateRow{Ref: s.Reference, Name: s.title(c.lang), Edited: shownTime(s.Updated), Lines: s.Lines, Current: s.Reference == open}
		if r.Current {
			r.Total = c.totalShown()
		} else {
			r.Total = c.keptTotal(s)
		}
		rows = append(rows, r)
	}
	return rows
}

// keptTotal is the total of a kept estimate, priced once per revision.
func (c *calculator) keptTotal(s estimateSummary) string {
	if t, ok := c.shelf.totals[s.Reference]; ok && t.revision == s.Revision {
		return t.text
	}
	text := "—"
	if e, _, err := c.shelf.store.get(s.Reference); err == nil {
		text, _ = totalText(c.lists.Price(e, c.today), c.lang)
	}
	c.shelf.totals[s.Reference] = total{s.Revision, text}
	return text
}

func (c *calculator) totalShown() string {
	text, _ := totalText(c.edit.quote, c.lang)
	return text
}

// shownTime is when an estimate was last edited, in the visitor's time zone.
func shownTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return localTime(t).Format("2006-01-02 15:04")
}

// estimateCount is how many estimates the list holds, the open draft included.
func (c *calculator) estimateCount() int {
	n := len(c.shelf.store.records)
	if !c.shelf.kept {
		n++
	}
	return n
}

// exportEstimates downloads every kept estimate as one backup file.
func (c *calculator) exportEstimates(ctx app.Context) {
	c.keepOpen(ctx)
	download("qidian-estimates-"+pricing.FormatDate(c.today)+".json", "application/json", c.shelf.store.exportBackup())
	c.feedback.status = t(c.lang, msgExportDone)
}

// importEstimates adds the estimates of a chosen backup file; none kept is replaced.
func (c *calculator) importEstimates(ctx app.Context) {
	readChosenFile(ctx, pricing.MaxBackupBytes, func(ctx app.Context, data []byte, err error) {
		if err != nil {
			c.warn(problemWords(err))
			return
		}
		c.keepOpen(ctx)
		res, err := c.shelf.store.importBackup(data)
		if err != nil {
			c.warn(c.storeProblemWords(err))
			if len(res.Added) == 0 {
				return
			}
		}
		c.say(ctx, wordsOf(msgEstimatesImported, strconv.Itoa(len(res.Added))), nil)
	})
}

// storageChanged follows another tab's change to the kept estimates: the
// list shows it at the next render; the open estimate, changed there and
// not here since it was saved, is shown as that tab left it.
func (c *calculator) storageChanged(ctx app.Context, key string) {
	change, ok := c.shelf.store.changed(key)
	if !ok || change.All || change.Deleted || change.Reference != c.edit.est.Reference || !c.shelf.kept {
		return // a deleted open estimate is kept again, as a copy, at its next save
	}
	if change.Revision <= c.shelf.revision || c.saving.pending {
		return // this tab's own save, or an edit here that a save will meet as a conflict
	}
	if c.openKept(change.Reference) {
		c.showOpened(ctx)
		c.saving.addressBarDirty = true
		c.scheduleAddressBar(ctx, c.saving.addressBarSaves)
		c.say(ctx, wordsOf(msgNoticeChangedElsewhere), nil)
	}
}
