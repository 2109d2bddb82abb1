// Parser and evaluator of the OpenStreetMap opening_hours subset used by the national standard. Owned by the finder issue (#4).
export {};
