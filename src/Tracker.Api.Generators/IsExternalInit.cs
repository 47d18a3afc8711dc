namespace System.Runtime.CompilerServices;

/// <summary>Records and <c>init</c> need this type, which netstandard2.0 (the compiler's plug-in target) does not have.</summary>
internal static class IsExternalInit;
