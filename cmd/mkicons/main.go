// Command mkicons draws the app icons into web/icons: a white "¥" on a
// rounded square of Tencent blue, as PNG (192, 512, maskable 512) and SVG,
// all from one set of strokes. The output is committed; run it again only
// when the mark changes:
//
//	go run ./cmd/mkicons
package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
)

// Geometry in units of the icon's side.
const (
	cornerRadius = 0.1875 // 96 px at 512, close to platform app icons
	strokeWidth  = 0.07
	// maskableScale keeps the glyph inside the maskable safe zone (the
	// centred circle of radius 0.4) with room to spare.
	maskableScale = 0.85
)

var blue = color.NRGBA{0x00, 0x52, 0xD9, 0xFF}

type point struct{ x, y float64 }

// yen is the "¥" glyph as line segments drawn with round caps.
var yen = [][2]point{
	{{0.33, 0.24}, {0.50, 0.50}},
	{{0.67, 0.24}, {0.50, 0.50}},
	{{0.50, 0.50}, {0.50, 0.78}},
	{{0.34, 0.555}, {0.66, 0.555}},
	{{0.34, 0.675}, {0.66, 0.675}},
}

func main() {
	dir := "web/icons"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	files := map[string][]byte{
		"icon-192.png":      encode(draw(192, cornerRadius, 1)),
		"icon-512.png":      encode(draw(512, cornerRadius, 1)),
		"icon-maskable.png": encode(draw(512, 0, maskableScale)),
		"icon.svg":          svg(),
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fail(err)
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "mkicons:", err)
	os.Exit(1)
}

// draw renders the icon at size px, with 4×4 samples a pixel for smooth
// edges. radius 0 fills the whole square, as maskable icons must.
func draw(size int, radius, scale float64) *image.NRGBA {
	const n = 4
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var bg, fg int
			for sy := 0; sy < n; sy++ {
				for sx := 0; sx < n; sx++ {
					p := point{
						(float64(px) + (float64(sx)+0.5)/n) / float64(size),
						(float64(py) + (float64(sy)+0.5)/n) / float64(size),
					}
					if !inRoundedSquare(p, radius) {
						continue
					}
					if onGlyph(point{0.5 + (p.x-0.5)/scale, 0.5 + (p.y-0.5)/scale}) {
						fg++
					} else {
						bg++
					}
				}
			}
			img.SetNRGBA(px, py, blend(bg, fg, n*n))
		}
	}
	return img
}

// blend mixes blue and white by sample counts; uncovered samples are
// transparent.
func blend(bg, fg, total int) color.NRGBA {
	covered := bg + fg
	if covered == 0 {
		return color.NRGBA{}
	}
	mix := func(c uint8) uint8 { return uint8((int(c)*bg + 255*fg + covered/2) / covered) }
	return color.NRGBA{mix(blue.R), mix(blue.G), mix(blue.B), uint8((255*covered + total/2) / total)}
}

func inRoundedSquare(p point, r float64) bool {
	if r == 0 {
		return true
	}
	// Distance from the inner square whose corners are the arcs' centres.
	dx := math.Max(math.Abs(p.x-0.5)-(0.5-r), 0)
	dy := math.Max(math.Abs(p.y-0.5)-(0.5-r), 0)
	return dx*dx+dy*dy <= r*r
}

func onGlyph(p point) bool {
	for _, s := range yen {
		if distToSegment(p, s[0], s[1]) <= strokeWidth/2 {
			return true
		}
	}
	return false
}

func distToSegment(p, a, b point) float64 {
	abx, aby := b.x-a.x, b.y-a.y
	t := ((p.x-a.x)*abx + (p.y-a.y)*aby) / (abx*abx + aby*aby)
	t = math.Max(0, math.Min(1, t))
	return math.Hypot(p.x-(a.x+t*abx), p.y-(a.y+t*aby))
}

func encode(img image.Image) []byte {
	var b bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&b, img); err != nil {
		fail(err)
	}
	return b.Bytes()
}

// svg writes the same strokes on a 512 grid.
func svg() []byte {
	const s = 512
	var b bytes.Buffer
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d">`+"\n", s, s)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" rx="%g" fill="#0052D9"/>`+"\n", s, s, cornerRadius*s)
	fmt.Fprintf(&b, `<path fill="none" stroke="#fff" stroke-width="%g" stroke-linecap="round" stroke-linejoin="round" d="`, strokeWidth*s)
	for i, seg := range yen {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "M%g %gL%g %g", seg[0].x*s, seg[0].y*s, seg[1].x*s, seg[1].y*s)
	}
	b.WriteString("\"/>\n</svg>\n")
	return b.Bytes()
}
