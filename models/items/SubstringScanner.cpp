#include "SubstringScanner.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

SubstringScanner::SubstringScanner(QByteArray needle)
    : m_needle(std::move(needle))
{
}

bool SubstringScanner::containedIn(const char *text, qsizetype length, qsizetype readable) const
{
    const qsizetype k = m_needle.size();
    if (k == 0)
        return true;
    if (length < k)
        return false;
    const char *needle = m_needle.constData();
#if defined(__SSE2__)
    // Block loads start at i and i + k - 1 for i <= length - k, so they end before length + 16.
    if (readable >= length + 16) {
        const __m128i first = _mm_set1_epi8(needle[0]);
        const __m128i last = _mm_set1_epi8(needle[k - 1]);
        const qsizetype starts = length - k + 1; // candidate positions 0 .. starts - 1
        for (qsizetype i = 0; i < starts; i += 16) {
            const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i));
            const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + i + k - 1));
            unsigned mask = unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(first, a), _mm_cmpeq_epi8(last, b))));
            if (starts - i < 16)
                mask &= (1u << (starts - i)) - 1u;
            while (mask != 0) {
                const int bit = __builtin_ctz(mask);
                if (k <= 2 || std::memcmp(text + i + bit + 1, needle + 1, size_t(k - 2)) == 0)
                    return true;
                mask &= mask - 1;
            }
        }
        return false;
    }
#else
    Q_UNUSED(readable);
#endif
    return memmem(text, size_t(length), needle, size_t(k)) != nullptr;
}
