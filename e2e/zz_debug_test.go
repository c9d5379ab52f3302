package e2e

import (
	"testing"
)

func TestZZDebug(t *testing.T) {
	p := newPage(t)
	p.openExample()
	p.fill(labelled(line(1), usersLabel), "7")
	p.waitText(amountOf(1), "13,986.00 元")
	p.addLine()
	p.waitText(total, "16,983.00 元")
	t.Log("after edit:", eval[string](p, `JSON.stringify(Object.fromEntries(Object.keys(localStorage).map(k => [k, localStorage.getItem(k)])))`))
	t.Log("session:", eval[string](p, `JSON.stringify(Object.fromEntries(Object.keys(sessionStorage).map(k => [k, sessionStorage.getItem(k)])))`))
	t.Log("notice:", eval[string](p, `document.getElementById('notice').textContent`))
	p.reload()
	p.waitValue(labelled(line(1), usersLabel), "7")
	t.Log("after reload:", eval[string](p, `JSON.stringify(Object.fromEntries(Object.keys(localStorage).map(k => [k, localStorage.getItem(k)])))`))
	t.Log("notice:", eval[string](p, `document.getElementById('notice').textContent`))
	p.leave()
	p.open("/")
	t.Log("after leave:", eval[string](p, `JSON.stringify(Object.fromEntries(Object.keys(localStorage).map(k => [k, localStorage.getItem(k)])))`))
	t.Log("session:", eval[string](p, `JSON.stringify(Object.fromEntries(Object.keys(sessionStorage).map(k => [k, sessionStorage.getItem(k)])))`))
	t.Log("value:", p.value(labelled(line(1), usersLabel)))
}
