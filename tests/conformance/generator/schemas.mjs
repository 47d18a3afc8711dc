// The SDL schemas cases run against. Written for these fixtures; the large one is generated.

const validation = `
interface Mammal {
  mother: Mammal
  father: Mammal
}

interface Being {
  name(surname: Boolean): String
}

interface Pet implements Being {
  name(surname: Boolean): String
}

interface Canine implements Mammal {
  name(surname: Boolean): String
  mother: Canine
  father: Canine
}

enum DogCommand {
  SIT
  HEEL
  DOWN
}

type Dog implements Being & Pet & Mammal & Canine {
  name(surname: Boolean): String
  nickname: String
  barkVolume: Int
  barks: Boolean
  doesKnowCommand(dogCommand: DogCommand): Boolean
  isHouseTrained(atOtherHomes: Boolean = true): Boolean
  isAtLocation(x: Int, y: Int): Boolean
  mother: Dog
  father: Dog
}

type Cat implements Being & Pet {
  name(surname: Boolean): String
  nickname: String
  meows: Boolean
  meowsVolume: Int
  furColor: FurColor
}

union CatOrDog = Cat | Dog

type Human implements Being {
  name(surname: Boolean): String
  pets: [Pet]
  relatives: [Human]!
  iq: Int
}

type Alien implements Being {
  name(surname: Boolean): String
  numEyes: Int
}

union DogOrHuman = Dog | Human

union HumanOrAlien = Human | Alien

enum FurColor {
  BROWN
  BLACK
  TAN
  SPOTTED
  NO_FUR
  UNKNOWN
}

input ComplexInput {
  requiredField: Boolean!
  nonNullField: Boolean! = false
  intField: Int
  stringField: String
  booleanField: Boolean
  stringListField: [String]
}

input OneOfInput @oneOf {
  stringField: String
  intField: Int
}

type ComplicatedArgs {
  intArgField(intArg: Int): String
  nonNullIntArgField(nonNullIntArg: Int!): String
  stringArgField(stringArg: String): String
  booleanArgField(booleanArg: Boolean): String
  enumArgField(enumArg: FurColor): String
  floatArgField(floatArg: Float): String
  idArgField(idArg: ID): String
  stringListArgField(stringListArg: [String]): String
  stringListNonNullArgField(stringListNonNullArg: [String!]): String
  complexArgField(complexArg: ComplexInput): String
  oneOfArgField(oneOfArg: OneOfInput): String
  multipleReqs(req1: Int!, req2: Int!): String
  nonNullFieldWithDefault(arg: Int! = 0): String
  multipleOpts(opt1: Int = 0, opt2: Int = 0): String
  multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
}

type QueryRoot {
  human(id: ID): Human
  alien: Alien
  dog: Dog
  cat: Cat
  pet: Pet
  catOrDog: CatOrDog
  dogOrHuman: DogOrHuman
  humanOrAlien: HumanOrAlien
  complicatedArgs: ComplicatedArgs
}

type MutationRoot {
  adoptDog(name: String!): Dog
  renameCat(name: String!): Cat
}

type SubscriptionRoot {
  catEvents: Cat
  dogEvents: Dog
  alarm: String
}

schema {
  query: QueryRoot
  mutation: MutationRoot
  subscription: SubscriptionRoot
}

directive @onField on FIELD
directive @onQuery on QUERY
directive @onMutation on MUTATION
directive @onSubscription on SUBSCRIPTION
directive @onFragmentDefinition on FRAGMENT_DEFINITION
directive @onFragmentSpread on FRAGMENT_SPREAD
directive @onInlineFragment on INLINE_FRAGMENT
directive @onVariableDefinition on VARIABLE_DEFINITION
directive @repeatable repeatable on FIELD | FRAGMENT_SPREAD
directive @withArgs(required: String!, optional: Int = 1) on FIELD
`;

const execution = `
"""Root of the execution fixtures."""
type Query {
  string: String
  int: Int
  float: Float
  boolean: Boolean
  id: ID
  nonNullString: String!
  nonNullInt: Int!
  list: [String]
  nonNullList: [String]!
  listOfNonNull: [String!]
  nonNullListOfNonNull: [String!]!
  nested: Nested
  nonNullNested: Nested!
  nestedList: [Nested]
  nestedListOfNonNull: [Nested!]
  color: Color
  colors: [Color]
  node: Node
  nodes: [Node]
  searchResult: SearchResult
  searchResults: [SearchResult]
  matrix: [[String!]]
  strictMatrix: [[String!]!]!
  json: JSON
  jsonList: [JSON]
  echo(
    int: Int
    float: Float
    string: String
    boolean: Boolean
    id: ID
    color: Color
    ints: [Int]
    nonNullInts: [Int!]
    nestedInts: [[Int]]
    input: EchoInput
    inputs: [EchoInput]
    oneOf: OneOfEcho
    requiredInt: Int! = 42
    defaulted: String = "default"
    json: JSON
    jsonList: [JSON!]
    required: RequiredInput
  ): String
  echoDefaults(
    color: Color = BLUE
    list: [Int] = 3
    nestedList: [[Int]] = [1, [2], null]
    input: EchoInput = {a: 7, c: GREEN, e: {b: null}}
    oneOf: OneOfEcho = {b: "x"}
    json: JSON = {list: [1, "two", THREE, null], object: {nested: true}}
    id: ID = 12
    float: Float = 4
  ): String
  echoRequired(value: Int!): String
  echoInput(input: EchoInput!): String
}

type Mutation {
  first: Nested
  second: Nested
  third: Nested
  failing: Nested!
}

type Subscription {
  events: Event
  failingEvents: Event
  counter(by: Int = 1): Int
  eventList: [Event!]
  echo(int: Int, input: EchoInput): String
}

type Event {
  id: ID!
  message: String
  required: String!
}

type Nested {
  string: String
  int: Int
  nonNullString: String!
  nested: Nested
  nonNullNested: Nested!
  list: [String]
  listOfNonNull: [String!]
  nestedList: [Nested]
  nestedListOfNonNull: [Nested!]
  nonNullNestedListOfNonNull: [Nested!]!
}

enum Color {
  RED
  GREEN
  BLUE
}

interface Node {
  id: ID!
}

interface Named {
  name: String
}

type Person implements Node & Named {
  id: ID!
  name: String
  age: Int
}

type Place implements Node & Named {
  id: ID!
  name: String
  population: Int
}

type Thing implements Node {
  id: ID!
  weight: Float
}

union SearchResult = Person | Place

input EchoInput {
  a: Int
  b: String = "b-default"
  c: Color
  d: [Int!]
  e: EchoInput
  f: Float! = 1.5
}

"""Any JSON value: graphql-js's default custom scalar behaviour."""
scalar JSON

input RequiredInput {
  req: Int!
  opt: String
  nonNullDefault: Boolean! = true
}

input OneOfEcho @oneOf {
  a: Int
  b: String
  c: EchoInput
}
`;

// OverlappingFieldsCanBeMerged's subtle cases need boxes of differing field types (after graphql-js's own tests).
const overlap = `
interface SomeBox {
  deepBox: SomeBox
  unrelatedField: String
}

type StringBox implements SomeBox {
  scalar: String
  deepBox: StringBox
  unrelatedField: String
  listStringBox: [StringBox]
  stringBox: StringBox
  intBox: IntBox
}

type IntBox implements SomeBox {
  scalar: Int
  deepBox: IntBox
  unrelatedField: String
  listStringBox: [StringBox]
  stringBox: StringBox
  intBox: IntBox
}

interface NonNullStringBox1 {
  scalar: String!
}

type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 {
  scalar: String!
  unrelatedField: String
  deepBox: SomeBox
}

interface NonNullStringBox2 {
  scalar: String!
}

type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 {
  scalar: String!
  unrelatedField: String
  deepBox: SomeBox
}

type Connection {
  edges: [Edge]
}

type Edge {
  node: Node
}

type Node {
  id: ID
  name: String
}

type Query {
  someBox: SomeBox
  connection: Connection
}
`;

// @defer and @stream declared in SDL, as graphql-js declares them: four of graphql-js 17's specified
// rules (and a branch of OverlappingFieldsCanBeMerged) are about them.
const deferStream = `
directive @defer(if: Boolean! = true, label: String) on FRAGMENT_SPREAD | INLINE_FRAGMENT

directive @stream(initialCount: Int! = 0, if: Boolean! = true, label: String) on FIELD

type Query {
  hero: Hero
  heroes: [Hero]
  name: String
}

type Hero {
  id: ID
  name: String
  friends: [Hero]
}

type Mutation {
  mutate: Hero
  mutateList: [Hero]
}

type Subscription {
  onHero: Hero
  onHeroes: [Hero]
}
`;

// Incremental delivery: @defer and @stream declared as graphql-js 17 declares them, over heroes whose fields
// come in every nullability, lists of objects and of scalars, an interface and a union, and every root type.
const incremental = `
directive @defer(if: Boolean! = true, label: String) on FRAGMENT_SPREAD | INLINE_FRAGMENT

directive @stream(initialCount: Int! = 0, if: Boolean! = true, label: String) on FIELD

type Query {
  hero: Hero
  nonNullHero: Hero!
  heroes: [Hero]
  nonNullHeroes: [Hero!]
  names: [String]
  nonNullNames: [String!]
  nonNullNamesList: [String!]!
  matrix: [[String]]
  node: Node
  characters: [Character]
  scalar: String
}

interface Node {
  id: ID!
}

type Hero implements Node {
  id: ID!
  name: String
  nonNullName: String!
  friends: [Hero]
  nonNullFriends: [Hero!]!
  bestFriend: Hero
  nonNullBestFriend: Hero!
  tags: [String]
  nonNullTags: [String!]
}

type Droid implements Node {
  id: ID!
  model: String
  owner: Hero
}

union Character = Hero | Droid

type Mutation {
  first: Hero
  second: Hero
  failing: Hero!
  addHeroes: [Hero]
}

type Subscription {
  onHero: Hero
  onHeroes: [Hero]
}
`;

const starWars = `
"""A character in the Star Wars Trilogy"""
interface Character {
  """The id of the character."""
  id: ID!
  """The name of the character."""
  name: String
  """The friends of the character, or an empty list if they have none."""
  friends(first: Int = 10 @deprecated(reason: "Use pagination"), after: String): [Character]
  """Which movies they appear in."""
  appearsIn: [Episode]
  secretBackstory: String @deprecated(reason: "Too spoilery")
}

"""One of the films in the Star Wars Trilogy"""
enum Episode {
  """Released in 1977."""
  NEWHOPE
  """Released in 1980."""
  EMPIRE
  """Released in 1983."""
  JEDI
  PREQUEL @deprecated
}

"""A humanoid creature in the Star Wars universe."""
type Human implements Character {
  id: ID!
  name: String
  friends(first: Int = 10 @deprecated(reason: "Use pagination"), after: String): [Character]
  appearsIn: [Episode]
  """The home planet of the human, or null if unknown."""
  homePlanet: String
  secretBackstory: String @deprecated(reason: "Too spoilery")
}

"""A mechanical creature in the Star Wars universe."""
type Droid implements Character {
  id: ID!
  name: String
  friends(first: Int = 10 @deprecated(reason: "Use pagination"), after: String): [Character]
  appearsIn: [Episode]
  secretBackstory: String @deprecated(reason: "Too spoilery")
  """The primary function of the droid."""
  primaryFunction: String
}

"""A date, as ISO 8601."""
scalar Date @specifiedBy(url: "https://www.iso.org/iso-8601-date-and-time-format.html")

"""How to find a character: exactly one way."""
input CharacterBy @oneOf {
  id: ID
  name: String
}

input Review {
  stars: Int! = 5
  commentary: String
  oldRating: Int @deprecated(reason: "Use stars")
  date: Date
}

"""Marks a field as cached for the given number of seconds."""
directive @cached(seconds: Int = 60, scope: String @deprecated(reason: "No longer used")) repeatable on FIELD_DEFINITION | OBJECT

directive @legacy @deprecated(reason: "Legacy directive") on FIELD_DEFINITION

"""The Star Wars schema, for introspection fixtures."""
schema {
  query: Root
  mutation: Mutations
}

type Root {
  hero(episode: Episode): Character
  human(id: ID!): Human
  droid(id: ID!): Droid
  character(by: CharacterBy!): Character
  releaseDate(episode: Episode = NEWHOPE): Date @cached(seconds: 3600)
}

type Mutations {
  createReview(episode: Episode!, review: Review!): String
}
`;

// A deterministic large schema: hundreds of types (about 350) of every kind referring to each other.
const OBJECTS = 200;

function largeSchema() {
  const parts = ['type Query {'];
  for (let i = 0; i < 60; i++) parts.push(`  object${i}(id: ID!, filter: Filter${i % 20}): Object${i}`);
  parts.push('  search(text: String!): [Result]', '}', '');
  for (let i = 0; i < 20; i++) {
    const ancestors = Array.from({ length: i }, (_, j) => `Interface${j}`).join(' & ');
    parts.push(`"""Interface number ${i}."""`, `interface Interface${i}${i > 0 ? ` implements ${ancestors}` : ''} {`);
    for (let j = 0; j <= i; j++) parts.push(`  common${j}: String`);
    parts.push('}', '');
  }
  for (let i = 0; i < OBJECTS; i++) {
    const iface = i % 20;
    const chain = Array.from({ length: iface + 1 }, (_, j) => `Interface${j}`).join(' & ');
    parts.push(`"""Object number ${i}."""`, `type Object${i} implements ${chain} {`);
    for (let j = 0; j <= iface; j++) parts.push(`  common${j}: String`);
    parts.push(`  id: ID!`, `  count(min: Int = ${i}, max: Int): Int`, `  status: Status${i % 20}`, `  next: Object${(i + 1) % OBJECTS}`);
    parts.push(`  items(first: Int = 10, after: String, order: [Order${i % 10}!]): [Object${(i * 7) % OBJECTS}!]!`);
    if (i % 9 === 0) parts.push(`  old: String @deprecated(reason: "Use next")`);
    parts.push('}', '');
  }
  for (let i = 0; i < 20; i++) {
    parts.push(`enum Status${i} {`, '  ACTIVE', '  INACTIVE', `  PENDING_${i}`, '  RETIRED @deprecated(reason: "Gone")', '}', '');
  }
  for (let i = 0; i < 10; i++) {
    parts.push(`input Order${i} {`, `  field: String!`, `  descending: Boolean = false`, `  nulls: NullsOrder${i % 3} = LAST`, '}', '');
  }
  for (let i = 0; i < 3; i++) parts.push(`enum NullsOrder${i} {`, '  FIRST', '  LAST', '}', '');
  for (let i = 0; i < 20; i++) {
    parts.push(`input Filter${i} {`, `  and: [Filter${i}!]`, `  name: String`, `  minCount: Int = ${i}`, `  status: Status${i % 15}`, `  range: Range`, '}', '');
  }
  parts.push('input Range @oneOf {', '  between: [Int!]', '  above: Int', '  below: Int', '}', '');
  for (let i = 0; i < 50; i++) parts.push(`union Union${i} = Object${i} | Object${i + 50} | Object${i + 100} | Object${i + 150}`, '');
  parts.push('union Result = ' + Array.from({ length: 40 }, (_, i) => `Object${i * 5}`).join(' | '), '');
  for (let i = 0; i < 15; i++) parts.push(`"""Scalar number ${i}."""`, `scalar Scalar${i}`, '');
  return parts.join('\n');
}

export const schemas = { validation, execution, overlap, deferStream, incremental, starWars, large: largeSchema() };
