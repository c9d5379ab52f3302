//go:build !(js && wasm)

package webstorage

// Area is a Web Storage area; outside the browser there is none.
type Area struct{}

// Open fails: there is no browser.
func Open(name string) (*Area, error) { return nil, ErrUnavailable }

func (a *Area) GetItem(key string) (string, bool, error) { return "", false, ErrUnavailable }
func (a *Area) SetItem(key, value string) error          { return ErrUnavailable }
func (a *Area) RemoveItem(key string) error              { return ErrUnavailable }
func (a *Area) Keys() ([]string, error)                  { return nil, ErrUnavailable }

// WatchEvents does nothing: there is no other tab.
func WatchEvents(changed func(key string)) (stop func()) { return func() {} }
