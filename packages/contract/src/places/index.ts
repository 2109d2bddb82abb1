// Place model, normalisation of the national standard (v1.0.2 and 2022 exports), search logic. Owned by the finder issue (#4).
export {};
