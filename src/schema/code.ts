/** A module's short code: werksoort plus a number of at least two digits, e.g. "amw08" (short link /m/amw08/). */
export const codePattern = /^[a-z]+[0-9]{2,}$/;
