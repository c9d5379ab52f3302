//go:build js && wasm

package webstorage

import (
	"fmt"
	"syscall/js"
)

// Area is one of the browser's Web Storage areas.
type Area struct{ area js.Value }

// Open opens window[name], "localStorage" or "sessionStorage".
func Open(name string) (*Area, error) {
	area, err := reflectGet(js.Global(), name)
	if err != nil {
		return nil, err
	}
	if area.Type() != js.TypeObject {
		return nil, fmt.Errorf("%w: no %s", ErrUnavailable, name)
	}
	if memory, err := reflectGet(area, memoryMark); err != nil || memory.Truthy() {
		// The site's app.js stood in for a storage the browser blocks, so
		// that go-app can start: it keeps nothing.
		return nil, fmt.Errorf("%w: %s is blocked", ErrUnavailable, name)
	}
	return &Area{area}, nil
}

// GetItem is the value kept as key; found is false when there is none.
func (a *Area) GetItem(key string) (value string, found bool, err error) {
	err = catch(func() {
		if v := a.area.Call("getItem", key); v.Type() == js.TypeString {
			value, found = v.String(), true
		}
	})
	return value, found, err
}

// SetItem keeps value as key.
func (a *Area) SetItem(key, value string) error {
	return catch(func() { a.area.Call("setItem", key, value) })
}

// RemoveItem removes key.
func (a *Area) RemoveItem(key string) error {
	return catch(func() { a.area.Call("removeItem", key) })
}

// Keys is every key kept.
func (a *Area) Keys() ([]string, error) {
	length, err := reflectGet(a.area, "length")
	if err != nil {
		return nil, err
	}
	if length.Type() != js.TypeNumber {
		return nil, fmt.Errorf("%w: the storage has no length", ErrUnavailable)
	}
	var keys []string
	err = catch(func() {
		for i := range length.Int() {
			if k := a.area.Call("key", i); k.Type() == js.TypeString {
				keys = append(keys, k.String())
			}
		}
	})
	return keys, err
}

// reflectGet is obj[prop] read by a call, so that a getter that throws
// is an error, not the end of the program.
func reflectGet(obj js.Value, prop string) (v js.Value, err error) {
	err = catch(func() { v = js.Global().Get("Reflect").Call("get", obj, prop) })
	return v, err
}

// catch runs f, turning a JavaScript exception, or any other panic of
// syscall/js, into ErrFull for an exceeded quota, else ErrUnavailable.
func catch(f func()) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		jsErr, ok := r.(js.Error)
		switch {
		case !ok:
			err = fmt.Errorf("%w: %v", ErrUnavailable, r)
		case quotaExceeded(jsErr.Value):
			err = fmt.Errorf("%w: %s", ErrFull, message(jsErr.Value))
		default:
			err = fmt.Errorf("%w: %s", ErrUnavailable, message(jsErr.Value))
		}
	}()
	f()
	return nil
}

// message is what was thrown, as text. Not js.Error.Error: that reads
// .message with js.Value.Get, which panics again on a thrown primitive.
func message(thrown js.Value) string {
	switch thrown.Type() {
	case js.TypeObject:
		if m, err := reflectGet(thrown, "message"); err == nil && m.Type() == js.TypeString {
			return m.String()
		}
		return "an exception"
	case js.TypeString:
		return thrown.String()
	}
	return "an exception of type " + thrown.Type().String()
}

// quotaExceeded tells a full store's exception by its name (Firefox
// before 2019 named it otherwise) or its legacy code.
func quotaExceeded(exception js.Value) bool {
	if exception.Type() != js.TypeObject {
		return false
	}
	name, err := reflectGet(exception, "name")
	if err == nil && name.Type() == js.TypeString {
		switch name.String() {
		case "QuotaExceededError", "NS_ERROR_DOM_QUOTA_REACHED":
			return true
		}
	}
	code, err := reflectGet(exception, "code")
	return err == nil && code.Type() == js.TypeNumber && (code.Int() == 22 || code.Int() == 1014)
}

// WatchEvents calls changed with the key of every storage event: another
// tab of this browser and site changed that key, or cleared the storage
// (key ""). It runs on the browser's event loop, not the page's UI
// goroutine: a go-app page dispatches from it. stop removes the listener.
func WatchEvents(changed func(key string)) (stop func()) {
	listener := js.FuncOf(func(this js.Value, args []js.Value) any {
		key := ""
		if len(args) > 0 && args[0].Type() == js.TypeObject {
			if k, err := reflectGet(args[0], "key"); err == nil && k.Type() == js.TypeString {
				key = k.String()
			}
		}
		changed(key)
		return nil
	})
	if catch(func() { js.Global().Call("addEventListener", "storage", listener) }) != nil {
		listener.Release()
		return func() {}
	}
	return func() {
		catch(func() { js.Global().Call("removeEventListener", "storage", listener) })
		listener.Release()
	}
}
