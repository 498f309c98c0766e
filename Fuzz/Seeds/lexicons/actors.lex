@entities actor
Aigerim Bekova	kind=person	affiliation=Kazakhstan	role=analyst	short=Bekova
Steppe Forum	kind=organization	acronym=SF	alias=the Forum|Steppe Council
