// Validation rule test cases: [title, document, options]. Options: schema (SDL replacing the test schema),
// hide (hideSuggestions), sdl (an SDL rule run by validateSDL), extend (SDL of the schema being extended).
// Expected errors are not written here: generate.mjs asks graphql-js 17.1.0.
import executable from './executable-cases.mjs';
import fields from './field-cases.mjs';
import fragments from './fragment-cases.mjs';
import values from './value-cases.mjs';
import variables from './variable-cases.mjs';
import directives from './directive-cases.mjs';
import overlapping from './overlapping-cases.mjs';
import sdl from './sdl-cases.mjs';
import all from './all-rules-cases.mjs';

export default { ...executable, ...fields, ...fragments, ...values, ...variables, ...directives, ...overlapping, ...sdl, ...all };
