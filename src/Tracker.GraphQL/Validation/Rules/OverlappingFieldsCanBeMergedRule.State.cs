using Tracker.GraphQL.Language;
using Tracker.GraphQL.Types;
using Tracker.GraphQL.Utilities;

namespace Tracker.GraphQL.Validation.Rules;

internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>Caches and budget shared by every selection set of one validation.</summary>
    private sealed partial class MergeState(ValidationContext context)
    {
        private static readonly object UnknownFragment = new();

        private readonly Dictionary<(CollectedFields, object), bool> _comparedFieldsAndFragments = new();
        private readonly Dictionary<(object, object), bool> _comparedFragmentPairs = new();
        private readonly Dictionary<(NamedType?, SelectionSetNode), CollectedFields> _collected = new();
        private readonly Dictionary<ValueNode, string> _valueKeys = new(ReferenceEqualityComparer.Instance);
        private int _budget = MaxComplexityBudget;

        private void Spend(int cost)
        {
            _budget -= cost;
            if (_budget < 0)
            {
                throw new ValidationAbortedException();
            }
        }

        // The conflicts of one selection set, reported before the next set is checked: one list serves them all.
        private readonly List<Conflict> _withinConflicts = [];

        /// <summary>The set's conflicts, in a list that is valid until the next call (it is reused).</summary>
        public List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = _withinConflicts;
            conflicts.Clear();
            var collected = Collect(parentType, selectionSet);
            CollectConflictsWithin(conflicts, collected);
            if (collected.Spreads.Count != 0 && (collected.Grouped.Count != 0 || collected.Spreads.Count > 1))
            {
                var spreads = SpreadsOf(collected);
                for (var i = 0; i < spreads.Count; i++)
                {
                    CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, spreads[i]);
                    for (var j = i + 1; j < spreads.Count; j++)
                    {
                        CollectConflictsBetweenFragments(conflicts, false, spreads[i], spreads[j]);
                    }
                }
            }
            return conflicts;
        }

        private static bool PairSeen(Dictionary<(CollectedFields, object), bool> set, CollectedFields a, object b, bool mutuallyExclusive) =>
            set.TryGetValue((a, b), out var stored) && (mutuallyExclusive || stored == mutuallyExclusive);

        private bool FragmentPairSeen(object a, object b, bool mutuallyExclusive)
        {
            static bool Has(Dictionary<(object, object), bool> set, object x, object y, bool exclusive) =>
                set.TryGetValue((x, y), out var stored) && (exclusive || stored == exclusive);
            return Has(_comparedFragmentPairs, a, b, mutuallyExclusive) || Has(_comparedFragmentPairs, b, a, mutuallyExclusive);
        }

        private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields collected, SpreadReference spread)
        {
            StackGuard.Ensure();
            Spend(1);
            if (collected.Grouped.Count == 0)
            {
                return;
            }
            var fragment = spread.Definition;
            var key = (object?)fragment ?? UnknownFragment;
            if (PairSeen(_comparedFieldsAndFragments, collected, key, mutuallyExclusive))
            {
                return;
            }
            _comparedFieldsAndFragments[(collected, key)] = mutuallyExclusive;
            if (fragment is null)
            {
                return;
            }
            var collected2 = CollectFragment(fragment);
            var referenced = SpreadsOf(collected2);
            if (ReferenceEquals(collected, collected2))
            {
                return;
            }
            CollectConflictsBetween(conflicts, mutuallyExclusive, collected, collected2);
            foreach (var referencedSpread in referenced)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected, referencedSpread);
            }
        }

        private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, SpreadReference spread1, SpreadReference spread2)
        {
            StackGuard.Ensure();
            var fragment1 = spread1.Definition;
            var fragment2 = spread2.Definition;
            Spend(2);
            if (ReferenceEquals(fragment1, fragment2))
            {
                return;
            }
            var key1 = (object?)fragment1 ?? UnknownFragment;
            var key2 = (object?)fragment2 ?? UnknownFragment;
            if (FragmentPairSeen(key1, key2, mutuallyExclusive))
            {
                return;
            }
            _comparedFragmentPairs[(key1, key2)] = mutuallyExclusive;
            if (fragment1 is null || fragment2 is null)
            {
                return;
            }
            var collected1 = CollectFragment(fragment1);
            var referenced1 = SpreadsOf(collected1);
            var collected2 = CollectFragment(fragment2);
            var referenced2 = SpreadsOf(collected2);
            CollectConflictsBetween(conflicts, mutuallyExclusive, collected1, collected2);
            foreach (var referenced in referenced2)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, spread1, referenced);
            }
            foreach (var referenced in referenced1)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, referenced, spread2);
            }
        }

        private List<Conflict> FindConflictsBetweenSubSelectionSets(
            bool mutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var collected1 = Collect(parentType1, selectionSet1);
            var spreads1 = SpreadsOf(collected1);
            var collected2 = Collect(parentType2, selectionSet2);
            var spreads2 = SpreadsOf(collected2);
            CollectConflictsBetween(conflicts, mutuallyExclusive, collected1, collected2);
            foreach (var spread2 in spreads2)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected1, spread2);
            }
            foreach (var spread1 in spreads1)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, collected2, spread1);
            }
            foreach (var spread1 in spreads1)
            {
                foreach (var spread2 in spreads2)
                {
                    CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, spread1, spread2);
                }
            }
            return conflicts;
        }

        private void CollectConflictsWithin(List<Conflict> conflicts, CollectedFields collected)
        {
            foreach (var (responseName, fields) in collected.Grouped)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    for (var j = i + 1; j < fields.Count; j++)
                    {
                        if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, CollectedFields collected1, CollectedFields collected2)
        {
            if (collected1.Grouped.Count == 0 || collected2.Grouped.Count == 0)
            {
                return;
            }
            foreach (var (responseName, fields1, fields2) in Overlapping(collected1, collected2))
            {
                foreach (var field1 in fields1)
                {
                    foreach (var field2 in fields2)
                    {
                        if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private List<(string Name, List<FieldDetails> First, List<FieldDetails> Second)> Overlapping(CollectedFields collected1, CollectedFields collected2)
        {
            collected1.Overlapping ??= new Dictionary<CollectedFields, List<(string, List<FieldDetails>, List<FieldDetails>)>>(ReferenceEqualityComparer.Instance);
            if (collected1.Overlapping.TryGetValue(collected2, out var cached))
            {
                return cached;
            }
            var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
            foreach (var (responseName, fields1) in collected1.Grouped)
            {
                Spend(1);
                if (collected2.Grouped.TryGetValue(responseName, out var fields2))
                {
                    overlapping.Add((responseName, fields1, fields2));
                }
            }
            collected1.Overlapping[collected2] = overlapping;
            return overlapping;
        }
    }
}
