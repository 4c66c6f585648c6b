#pragma once

// Whether the tests' speed bounds apply. Under AddressSanitizer and UBSan (make test-sanitize)
// everything runs several times slower: the code is still run and checked for memory errors and
// undefined behaviour, but how long it took says nothing there.
namespace SpeedBounds {

constexpr bool apply()
{
#ifdef AIVIZOR_SANITIZE
    return false;
#else
    return true;
#endif
}

} // namespace SpeedBounds
