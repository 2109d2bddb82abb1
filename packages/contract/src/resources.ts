// Schemas of the API resources other than places and funding rules: communes, participations,
// webinars. Owned by the server issue (#3); the participation form and webinar widgets refine them.
export {};
