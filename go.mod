module qidian-calculator

go 1.26.8

require (
	github.com/andybalholm/brotli v1.3.0
	github.com/maxence-charriere/go-app/v10 v10.1.11
	github.com/shopspring/decimal v1.6.0
)

require github.com/google/uuid v1.6.0 // indirect
