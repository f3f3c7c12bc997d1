"""Bring-your-own-data import: from an uploaded .xlsx or CSV to clean text tables in the dataset's shape.

Steps, each in its own module:
1. limits    refuse a file before parsing it (empty, too big, not what its extension says, macros, zip bombs);
2. reading   read the workbook's sheets or the CSV into text cells with the file label and row the user sees;
3. columns   match sheets and headers to tables and columns (forgiving about case, accents and punctuation);
4. cleaning  normalise dates, numbers, booleans, choices and regions to the text forms the schemas expect,
             and derive name_known, date_precision and event_id.
The business rules (duplicates, unknown units, lifecycle order, ranges) are left to pantau_zi.schema.
template builds the downloadable Excel template that step 2 reads back.
"""
