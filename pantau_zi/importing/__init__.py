"""Bringing an office's own file in, from upload to a stored version; each step in its own module.

1. limits     refuse a file before parsing it (empty, too big, not what its extension says, macros, zip bombs);
2. workbook,  read the sheets of an .xlsx or a CSV into text cells with the file label and row the user sees
   delimited  (raw holds what both hand over);
3. columns    match sheets and headers to tables and columns (forgiving about case, accents and punctuation);
4. cleaning   normalise dates, numbers, booleans, choices and regions to the text forms the schemas expect;
5. reading    steps 1-4 for one upload;
6. merge      lay the file over the stored data: the regions it names are replaced, sheet by sheet;
7. plan       check the merged data with pantau_zi.schema and work out the changes (changes) before confirming.
template builds the downloadable Excel template that step 2 reads back.
"""
