//go:build wasm

package app

import (
	"fmt"
	"syscall/js"
)

// The browser's Web Storage, reached only through calls. With site data
// blocked even reading window.localStorage throws (SecurityError), and in
// Go's wasm_exec.js an exception in a property get (js.Value.Get) ends the
// Go program, while one in a call (js.Value.Call) is a Go panic of
// js.Error that can be recovered. So every step is a call, under catchJS:
// Reflect.get(window, "localStorage") for the property, then getItem,
// setItem, removeItem and key.

type webStorage struct{ area js.Value }

// openDeviceStorage opens window[name], "localStorage" or "sessionStorage".
func openDeviceStorage(name string) (deviceStorage, error) {
	area, err := reflectGet(js.Global(), name)
	if err != nil {
		return nil, err
	}
	if area.Type() != js.TypeObject {
		return nil, fmt.Errorf("%w: no %s", errStorageUnavailable, name)
	}
	return webStorage{area}, nil
}

func (w webStorage) getItem(key string) (value string, found bool, err error) {
	err = catchJS(func() {
		if v := w.area.Call("getItem", key); v.Type() == js.TypeString {
			value, found = v.String(), true
		}
	})
	return value, found, err
}

func (w webStorage) setItem(key, value string) error {
	return catchJS(func() { w.area.Call("setItem", key, value) })
}

func (w webStorage) removeItem(key string) error {
	return catchJS(func() { w.area.Call("removeItem", key) })
}

func (w webStorage) keys() ([]string, error) {
	length, err := reflectGet(w.area, "length")
	if err != nil {
		return nil, err
	}
	if length.Type() != js.TypeNumber {
		return nil, fmt.Errorf("%w: storage has no length", errStorageUnavailable)
	}
	var keys []string
	err = catchJS(func() {
		for i := range length.Int() {
			if k := w.area.Call("key", i); k.Type() == js.TypeString {
				keys = append(keys, k.String())
			}
		}
	})
	return keys, err
}

// reflectGet is obj[prop] read by a call, so that a getter that throws
// is an error, not the end of the program.
func reflectGet(obj js.Value, prop string) (v js.Value, err error) {
	err = catchJS(func() { v = js.Global().Get("Reflect").Call("get", obj, prop) })
	return v, err
}

// catchJS runs f, turning a JavaScript exception (or any panic of
// syscall/js) into errStorageFull for a quota exceeded, else
// errStorageUnavailable.
func catchJS(f func()) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		jsErr, ok := r.(js.Error)
		if !ok {
			err = fmt.Errorf("%w: %v", errStorageUnavailable, r)
			return
		}
		if quotaExceeded(jsErr.Value) {
			err = fmt.Errorf("%w: %s", errStorageFull, jsErr.Error())
			return
		}
		err = fmt.Errorf("%w: %s", errStorageUnavailable, jsErr.Error())
	}()
	f()
	return nil
}

// quotaExceeded tells a full store's DOMException by its name (Firefox
// before 2019 named it otherwise) or legacy code.
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

// watchStorageEvents calls changed with the key of every storage event:
// another tab (of this browser, this site) changed that key, or cleared
// the storage (key ""). It runs on the browser's event loop: the page
// dispatches to its components from there.
func watchStorageEvents(changed func(key string)) (stop func()) {
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
	if catchJS(func() { js.Global().Call("addEventListener", "storage", listener) }) != nil {
		listener.Release()
		return func() {}
	}
	return func() {
		catchJS(func() { js.Global().Call("removeEventListener", "storage", listener) })
		listener.Release()
	}
}
