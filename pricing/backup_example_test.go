package pricing_test

import (
	"fmt"

	"qidian-calculator/pricing"
)

// Two estimates kept on a device, written to one backup file and read back.
func ExampleEncodeEstimates() {
	kept := []pricing.Estimate{
		{Reference: "QD-261207-K7QM3X", Name: "ACME", Lines: []pricing.Line{{Item: "chat-basic", Quantity: "5", Years: "2"}}},
		{Reference: "QD-261207-M2TQ4A", Details: pricing.Details{Customer: "Globex"}},
	}
	backup := pricing.EncodeEstimates(kept)
	fmt.Print(string(backup))

	back, err := pricing.DecodeEstimates(backup)
	fmt.Println(len(back), back[0].Reference, back[1].Details.Customer, err)

	_, err = pricing.DecodeEstimates([]byte(`{"format":1,"estimates":[{"format":1,"lines":[]},{"format":1,"reference":"qd-1","lines":[]}]}`))
	fmt.Println(err.(*pricing.BackupError).Detail(pricing.EN))
	// Output:
	// {
	//   "format": 1,
	//   "estimates": [
	//     {
	//       "format": 1,
	//       "reference": "QD-261207-K7QM3X",
	//       "name": "ACME",
	//       "term": {},
	//       "lines": [
	//         {
	//           "item": "chat-basic",
	//           "quantity": 5,
	//           "years": 2
	//         }
	//       ]
	//     },
	//     {
	//       "format": 1,
	//       "reference": "QD-261207-M2TQ4A",
	//       "term": {},
	//       "lines": [],
	//       "details": {
	//         "customer": "Globex"
	//       }
	//     }
	//   ]
	// }
	// 2 QD-261207-K7QM3X Globex <nil>
	// Estimate 2, quote number: A quote number is QD- and letters and digits, such as QD-261207-K7QM3X.
}
