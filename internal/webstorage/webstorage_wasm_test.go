//go:build js && wasm

package webstorage

import (
	"errors"
	"slices"
	"syscall/js"
	"testing"
)

// These run in Node (make test), where window is globalThis. Each installs
// on it what a browser would hold: a storage area, one whose property
// throws as with site data blocked, one whose every method throws.

// runJS runs a function body in the global scope and returns its result.
func runJS(body string) js.Value {
	return js.Global().Get("Function").New(body).Invoke()
}

func installStorage(t *testing.T, name string) js.Value {
	t.Helper()
	area := runJS(`
		const items = new Map();
		let quota = Infinity;
		return {
			getItem(k) { k = String(k); return items.has(k) ? items.get(k) : null; },
			setItem(k, v) {
				k = String(k); v = String(v);
				let used = 0;
				for (const [kk, vv] of items) if (kk !== k) used += kk.length + vv.length;
				if (used + k.length + v.length > quota) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
				items.set(k, v);
			},
			removeItem(k) { items.delete(String(k)); },
			key(i) { const ks = [...items.keys()]; return i < ks.length ? ks[i] : null; },
			get length() { return items.size; },
			setQuota(q) { quota = q; },
		};`)
	js.Global().Set(name, area)
	t.Cleanup(func() { js.Global().Delete(name) })
	return area
}

func TestAreaKeepsItems(t *testing.T) {
	area := installStorage(t, "testStorage")
	a, err := Open("testStorage")
	if err != nil {
		t.Fatal(err)
	}
	if _, found, err := a.GetItem("k"); found || err != nil {
		t.Errorf("an empty storage: found %v, %v", found, err)
	}
	for k, v := range map[string]string{"qidian.est.QD-1": `{"a":"名"}`, "empty": "", "qidian.lang": `"en"`} {
		if err := a.SetItem(k, v); err != nil {
			t.Fatal(err)
		}
		if got, found, err := a.GetItem(k); got != v || !found || err != nil {
			t.Errorf("%s: %q %v %v, want %q", k, got, found, err, v)
		}
	}
	keys, err := a.Keys()
	slices.Sort(keys)
	if err != nil || !slices.Equal(keys, []string{"empty", "qidian.est.QD-1", "qidian.lang"}) {
		t.Errorf("keys %v, %v", keys, err)
	}
	if err := a.RemoveItem("empty"); err != nil {
		t.Fatal(err)
	}
	if _, found, _ := a.GetItem("empty"); found {
		t.Error("a removed item is found")
	}

	// Over the quota: ErrFull, and the item keeps its old value.
	area.Call("setQuota", 40)
	err = a.SetItem("qidian.lang", "a value far too long for a quota of forty characters")
	if !errors.Is(err, ErrFull) {
		t.Errorf("over the quota: %v, want ErrFull", err)
	}
	if got, _, _ := a.GetItem("qidian.lang"); got != `"en"` {
		t.Errorf("the refused write changed the item to %q", got)
	}
}

func TestBlockedStorageIsAnError(t *testing.T) {
	// Site data blocked: reading the property throws. Were it read with
	// js.Value.Get, the program would end here and the test binary fail.
	runJS(`Object.defineProperty(globalThis, "blockedStorage", {
		configurable: true,
		get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
	});`)
	defer js.Global().Delete("blockedStorage")
	if a, err := Open("blockedStorage"); !errors.Is(err, ErrUnavailable) || a != nil {
		t.Errorf("blocked storage: %v, %v", a, err)
	}
	if _, err := Open("noSuchStorage"); !errors.Is(err, ErrUnavailable) {
		t.Errorf("no storage: %v", err)
	}
}

func TestThrowingStorageIsAnError(t *testing.T) {
	js.Global().Set("throwingStorage", runJS(`
		const deny = () => { throw new DOMException("Access is denied for this document.", "SecurityError"); };
		const area = { getItem: deny, setItem: deny, removeItem: deny, key: deny };
		Object.defineProperty(area, "length", { get: deny });
		return area;`))
	js.Global().Set("oddStorage", runJS(`
		const odd = () => { throw "not an Error object"; };
		return { getItem: odd, setItem: odd, removeItem: odd, key: odd, length: 1 };`))
	defer js.Global().Delete("throwingStorage")
	defer js.Global().Delete("oddStorage")
	for _, name := range []string{"throwingStorage", "oddStorage"} {
		a, err := Open(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := a.GetItem("k"); !errors.Is(err, ErrUnavailable) {
			t.Errorf("%s getItem: %v", name, err)
		}
		if err := a.SetItem("k", "v"); !errors.Is(err, ErrUnavailable) {
			t.Errorf("%s setItem: %v", name, err)
		}
		if err := a.RemoveItem("k"); !errors.Is(err, ErrUnavailable) {
			t.Errorf("%s removeItem: %v", name, err)
		}
		if _, err := a.Keys(); !errors.Is(err, ErrUnavailable) {
			t.Errorf("%s keys: %v", name, err)
		}
	}
}

func TestWatchEvents(t *testing.T) {
	// Node's global is no EventTarget; give it a browser window's methods.
	runJS(`const target = new EventTarget();
		globalThis.addEventListener = target.addEventListener.bind(target);
		globalThis.removeEventListener = target.removeEventListener.bind(target);
		globalThis.dispatchStorage = (key) => target.dispatchEvent(Object.assign(new Event("storage"), { key }));`)
	defer runJS(`delete globalThis.addEventListener; delete globalThis.removeEventListener; delete globalThis.dispatchStorage;`)

	var got []string
	stop := WatchEvents(func(key string) { got = append(got, key) })
	js.Global().Call("dispatchStorage", "qidian.est.QD-1")
	js.Global().Call("dispatchStorage", js.Null()) // another tab cleared the storage
	stop()
	js.Global().Call("dispatchStorage", "after stop")
	if !slices.Equal(got, []string{"qidian.est.QD-1", ""}) {
		t.Errorf("events seen: %q", got)
	}
}
