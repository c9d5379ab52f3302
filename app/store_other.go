//go:build !wasm

package app

// Outside the browser (the server's prerendering, native tests) there is no
// Web Storage: the store keeps estimates in memory.

func openDeviceStorage(name string) (deviceStorage, error) {
	return nil, errStorageUnavailable
}

func watchStorageEvents(changed func(key string)) (stop func()) { return func() {} }
