using System.Linq.Expressions;

namespace Tracker.Api.Infrastructure.Filtering;

/// <summary>
/// "In a state" as a reader means it: in the state, DC or territory itself or in one of its counties or cities
/// (whose parent it is). One definition for every filter that takes a state, over whatever place a record has.
/// </summary>
internal static class StatePredicate
{
    public static Expression<Func<T, bool>> Within<T>(Expression<Func<T, Jurisdiction?>> place, string code)
    {
        Expression<Func<Jurisdiction?, bool>> within = j => j != null && (j.Code == code || (j.Parent != null && j.Parent.Code == code));
        return Expression.Lambda<Func<T, bool>>(ParameterRebinder.Rebind(within, place.Body), place.Parameters[0]);
    }
}
