"""Reading outside data into the store: the company register."""
