// The SDL rules graphql-js runs before building a schema (validateSDL).
const sdl = (title, doc, extend) => [title, doc, extend === undefined ? { sdl: true } : { sdl: true, extend }];

export default {
  LoneSchemaDefinition: [
    sdl('no schema', `type Query { foo: String }`),
    sdl('one schema definition', `schema { query: Foo } type Foo { foo: String }`),
    sdl('multiple schema definitions', `
      schema { query: Foo }
      type Foo { foo: String }
      schema { mutation: Foo }
      schema { subscription: Foo }
    `),
    sdl('define schema in schema extension', `type Foo { foo: String } extend schema { query: Foo }`),
    sdl('redefine schema in schema extension', `schema { query: Foo } type Foo { foo: String }`, `type Query { a: Int }`),
    sdl('redefine implicit schema in schema extension', `type Foo { foo: String } schema { query: Foo }`, `type Query { fooField: Foo } type Foo { foo: String }`),
    sdl('extend schema in schema extension', `type Foo { foo: String } extend schema { mutation: Foo }`, `type Query { fooField: Foo } type Foo { foo: String }`),
  ],
  UniqueOperationTypes: [
    sdl('no schema definition', `type Foo`),
    sdl('schema definition with all types', `type Foo schema { query: Foo mutation: Foo subscription: Foo }`),
    sdl('schema definition with all types in extensions', `type Foo schema { query: Foo } extend schema { mutation: Foo } extend schema { subscription: Foo }`),
    sdl('duplicate operation types', `
      type Foo
      schema { query: Foo mutation: Foo subscription: Foo query: Foo mutation: Foo subscription: Foo }
    `),
    sdl('duplicate operation types in extensions', `
      type Foo
      schema { query: Foo mutation: Foo subscription: Foo }
      extend schema { query: Foo mutation: Foo subscription: Foo }
      extend schema { query: Foo mutation: Foo subscription: Foo }
    `),
    sdl('adding new operation types to an existing schema', `extend schema { mutation: Foo subscription: Foo }`, `type Query { a: Int } type Foo { a: Int }`),
    sdl('adding conflicting operation types to an existing schema', `extend schema { query: Foo mutation: Foo subscription: Foo }`, `type Query { a: Int } type Mutation { a: Int } type Subscription { a: Int } type Foo { a: Int }`),
    sdl('adding conflicting operation types to an explicit schema', `extend schema { query: Foo }`, `schema { query: Root } type Root { a: Int } type Foo { a: Int }`),
  ],
  UniqueTypeNames: [
    sdl('no types', `directive @test on SCHEMA`),
    sdl('one type', `type Foo`),
    sdl('many types', `type Foo type Bar type Baz`),
    sdl('type and non-type definitions named the same', `query Foo { __typename } fragment Foo on Query { __typename } directive @Foo on SCHEMA type Foo`),
    sdl('types named the same', `
      type Foo
      scalar Foo
      type Foo
      interface Foo
      union Foo
      enum Foo
      input Foo
    `),
    sdl('adding new types to an existing schema', `type Bar`, `type Query { a: Foo } type Foo { a: Int }`),
    sdl('adding new types to an existing schema with the same-named directive', `type Foo`, `type Query { a: Int } directive @Foo on SCHEMA`),
    sdl('adding conflicting types to an existing schema', `
      scalar Foo
      type Foo
      interface Foo
      union Foo
      enum Foo
      input Foo
    `, `type Query { a: Foo } type Foo { a: Int }`),
    sdl('standard types cannot be redefined', `scalar String type __Type { a: Int }`, `type Query { a: String }`),
  ],
  UniqueEnumValueNames: [
    sdl('no values', `enum SomeEnum`),
    sdl('one value', `enum SomeEnum { FOO }`),
    sdl('multiple values', `enum SomeEnum { FOO BAR }`),
    sdl('duplicate values inside the same enum definition', `enum SomeEnum { FOO BAR FOO }`),
    sdl('extend enum with new value', `enum SomeEnum { FOO } extend enum SomeEnum { BAR } extend enum SomeEnum { BAZ }`),
    sdl('extend enum with duplicate value', `extend enum SomeEnum { FOO } enum SomeEnum { FOO }`),
    sdl('duplicate value inside extension', `enum SomeEnum extend enum SomeEnum { FOO BAR FOO }`),
    sdl('duplicate value inside different extensions', `enum SomeEnum extend enum SomeEnum { FOO } extend enum SomeEnum { FOO }`),
    sdl('adding new value to the enum of an existing schema', `extend enum SomeEnum { BAR }`, `type Query { a: SomeEnum } enum SomeEnum { FOO }`),
    sdl('adding conflicting value to existing schema twice', `extend enum SomeEnum { FOO } extend enum SomeEnum { FOO }`, `type Query { a: SomeEnum } enum SomeEnum { FOO }`),
    sdl('adding enum values to an existing schema twice', `extend enum SomeEnum { FOO } extend enum SomeEnum { FOO }`, `type Query { a: SomeEnum } enum SomeEnum`),
  ],
  UniqueFieldDefinitionNames: [
    sdl('no fields', `type SomeObject interface SomeInterface input SomeInputObject`),
    sdl('one field', `type SomeObject { foo: String } interface SomeInterface { foo: String } input SomeInputObject { foo: String }`),
    sdl('multiple fields', `type SomeObject { foo: String bar: String } interface SomeInterface { foo: String bar: String } input SomeInputObject { foo: String bar: String }`),
    sdl('duplicate fields inside the same type definition', `
      type SomeObject { foo: String bar: String foo: String }
      interface SomeInterface { foo: String bar: String foo: String }
      input SomeInputObject { foo: String bar: String foo: String }
    `),
    sdl('extend type with new field', `
      type SomeObject { foo: String } extend type SomeObject { bar: String } extend type SomeObject { baz: String }
      interface SomeInterface { foo: String } extend interface SomeInterface { bar: String }
      input SomeInputObject { foo: String } extend input SomeInputObject { bar: String }
    `),
    sdl('extend type with duplicate field', `
      extend type SomeObject { foo: String } type SomeObject { foo: String }
      extend interface SomeInterface { foo: String } interface SomeInterface { foo: String }
      extend input SomeInputObject { foo: String } input SomeInputObject { foo: String }
    `),
    sdl('duplicate field inside extension', `
      type SomeObject extend type SomeObject { foo: String bar: String foo: String }
      input SomeInputObject extend input SomeInputObject { foo: String bar: String foo: String }
    `),
    sdl('duplicate field inside different extensions', `
      type SomeObject extend type SomeObject { foo: String } extend type SomeObject { foo: String }
    `),
    sdl('adding new field to the type of an existing schema', `
      extend type SomeObject { bar: String } extend interface SomeInterface { bar: String } extend input SomeInputObject { bar: String }
    `, `type Query { a: SomeObject b: SomeInterface c(i: SomeInputObject): Int } type SomeObject { foo: String } interface SomeInterface { foo: String } input SomeInputObject { foo: String }`),
    sdl('adding conflicting fields to an existing schema twice', `
      extend type SomeObject { foo: String } extend interface SomeInterface { foo: String } extend input SomeInputObject { foo: String }
      extend type SomeObject { foo: String } extend interface SomeInterface { foo: String } extend input SomeInputObject { foo: String }
    `, `type Query { a: SomeObject b: SomeInterface c(i: SomeInputObject): Int } type SomeObject { foo: String } interface SomeInterface { foo: String } input SomeInputObject { foo: String }`),
    sdl('checking conflicts with non-field types is skipped', `extend scalar S @d extend union U = Query extend enum E { A }`, `type Query { a(s: S, e: E): U } scalar S union U = Query enum E { B }`),
  ],
  UniqueArgumentDefinitionNames: [
    sdl('no arguments', `type SomeObject { someField: String } interface SomeInterface { someField: String } directive @someDirective on QUERY`),
    sdl('one argument', `type SomeObject { someField(foo: String): String } interface SomeInterface { someField(foo: String): String } extend type SomeObject { anotherField(foo: String): String } directive @someDirective(foo: String) on QUERY`),
    sdl('multiple arguments', `type SomeObject { someField(foo: String bar: String): String } directive @someDirective(foo: String bar: String) on QUERY`),
    sdl('duplicating arguments', `
      type SomeObject { someField(foo: String bar: String foo: String): String }
      interface SomeInterface { someField(foo: String bar: String foo: String): String }
      extend type SomeObject { anotherField(foo: String bar: String bar: String): String }
      extend interface SomeInterface { anotherField(bar: String foo: String foo: String): String }
      directive @someDirective(foo: String bar: String foo: String) on QUERY
    `),
  ],
  UniqueDirectiveNames: [
    sdl('no directive', `type Foo`),
    sdl('one directive', `directive @foo on SCHEMA`),
    sdl('many directives', `directive @foo on SCHEMA directive @bar on SCHEMA directive @baz on SCHEMA`),
    sdl('directive and non-directive definitions named the same', `query foo { __typename } fragment foo on foo { __typename } type foo directive @foo on SCHEMA`),
    sdl('directives named the same', `directive @foo on SCHEMA directive @foo on SCHEMA directive @foo on QUERY`),
    sdl('adding new directive to existing schema', `directive @bar on SCHEMA`, `type Query { a: Int } directive @foo on SCHEMA`),
    sdl('adding new directive with standard name to existing schema', `directive @skip on SCHEMA`, `type Query { a: Int }`),
    sdl('adding existing directive to existing schema', `directive @foo on SCHEMA`, `type Query { a: Int } directive @foo on SCHEMA`),
  ],
  PossibleTypeExtensions: [
    sdl('extending all types', `
      scalar FooScalar type FooObject interface FooInterface union FooUnion enum FooEnum input FooInputObject
      extend scalar FooScalar @dummy extend type FooObject @dummy extend interface FooInterface @dummy
      extend union FooUnion @dummy extend enum FooEnum @dummy extend input FooInputObject @dummy
    `),
    sdl('extending the same type multiple times', `
      scalar FooScalar extend scalar FooScalar @dummy extend scalar FooScalar @dummy
      type FooObject extend type FooObject @dummy extend type FooObject @dummy
    `),
    sdl('extending same type multiple times before the definition', `extend type FooObject @dummy extend type FooObject @dummy type FooObject`),
    sdl('extending an undefined type', `
      type Known
      extend scalar Unknown @dummy
      extend type Unknown @dummy
      extend interface Unknown @dummy
      extend union Unknown @dummy
      extend enum Unknown @dummy
      extend input Unknown @dummy
      extend type Knwon @dummy
    `),
    sdl('extending with a different kind', `
      scalar FooScalar type FooObject interface FooInterface union FooUnion enum FooEnum input FooInputObject
      extend type FooScalar @dummy
      extend interface FooObject @dummy
      extend union FooInterface @dummy
      extend enum FooUnion @dummy
      extend input FooEnum @dummy
      extend scalar FooInputObject @dummy
    `),
    sdl('extending types of an existing schema', `
      extend scalar FooScalar @dummy extend type FooObject @dummy extend interface FooInterface @dummy
      extend union FooUnion @dummy extend enum FooEnum @dummy extend input FooInputObject @dummy
    `, `type Query { a: Int } scalar FooScalar type FooObject { a: Int } interface FooInterface { a: Int } union FooUnion = FooObject enum FooEnum { A } input FooInputObject { a: Int }`),
    sdl('extending unknown types of an existing schema', `extend scalar Unknown @dummy extend type Unknown @dummy extend type Qeury @dummy`, `type Query { a: Int }`),
    sdl('extending types of an existing schema with a different kind', `
      extend type FooScalar @dummy extend interface FooObject @dummy extend union FooInterface @dummy
      extend enum FooUnion @dummy extend input FooEnum @dummy extend scalar FooInputObject @dummy
    `, `type Query { a: Int } scalar FooScalar type FooObject { a: Int } interface FooInterface { a: Int } union FooUnion = FooObject enum FooEnum { A } input FooInputObject { a: Int }`),
  ],
};
