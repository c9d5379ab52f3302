// Package app is the calculator's page: go-app components, one per file,
// which show what package pricing computes and change the estimate through
// the calculator.
//
// Every element is go-app's generic one, app.Elem("div") or
// app.ElemSelfClosing("input"), with its attributes set by Attr; never a
// typed constructor such as app.Div or app.Input. Each typed element brings
// its own generated methods, and V8 compiles each of them on its first call,
// in app.wasm's first run: one element type leaves V8 fewer functions to
// compile there and app.wasm smaller (docs/performance-log.md, "One
// element type").
// TestPageUsesOneElementType keeps it so.
package app
