/* PDQ's per-pixel work (luma, Jarosz box filters, decimation, DCT, quality) in C.
 *
 * The numpy implementation in pdq.py is the specification; this file performs the same
 * float32 operations in the same order as Meta's C++ reference (ThreatExchange pdq/cpp),
 * so both give the same bits. What makes that hold:
 *   - every running sum is updated with one rounding per add or subtract, in the
 *     reference's order (add the entering value, then subtract the leaving one);
 *   - divisions are real divisions by the window size as a float, never reciprocals;
 *   - the build forbids contracting a*b+c into a fused multiply-add (-ffp-contract=off,
 *     /fp:precise, and the pragma below for compilers that honour it) and never uses
 *     -ffast-math;
 *   - float expressions are evaluated in float, not in x87 extended precision (checked
 *     at compile time below: a build where that fails is skipped and numpy is used).
 * Vectorising *across* independent sums (rows or columns) changes no result, since each
 * lane still sees the same operations in the same order.
 *
 * Memory: the filters stream over the luma image, which is read but never written, with
 * a ring of row-filtered rows as tall as the vertical window, so nothing image-sized is
 * allocated here.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if !defined(FLT_EVAL_METHOD) || (FLT_EVAL_METHOD != 0)
#error "float arithmetic must be evaluated in float precision for results identical to the reference"
#endif

#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

/* Where the compiler can, an AVX2 copy of a loop too, picked at load time. Only for loops
 * whose every operation is exact or rounds the same on any vector width: integer
 * arithmetic, and float multiplies and adds each rounded once (contraction is off). */
#if defined(__GNUC__) && defined(__x86_64__) && defined(__linux__) && !defined(__clang__)
#define TARGET_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define TARGET_CLONES
#endif

/* Rows whose running sums advance together, to hide the latency of one sum's chain. */
#define LANES 8

static int jarosz_window(int old_dim) { return (old_dim + 2 * 64 - 1) / (2 * 64); }

/* The divisor the reference uses at each output position of a 1-D box pass of
 * `length` values: the count of values in the (clipped) window, as a float. */
static void box_counts(float *counts, int length, int window) {
    int half = (window + 2) / 2;
    int oi = 0;
    float current = (float)(half - 1);
    for (int i = 0; i < window - half + 1; i++) counts[oi++] = ++current;
    for (int i = 0; i < length - window; i++) counts[oi++] = current;
    for (int i = 0; i < half - 1; i++) counts[oi++] = --current;
}

/* Undivided running sums along LANES rows at once (box1DFloat with stride 1). */
static void row_sums(const float *const *src, float *const *dst, int length, int window) {
    int half = (window + 2) / 2;
    float s[LANES] = {0};
    int ri = 0, li = 0, oi = 0;
    for (int k = 0; k < half - 1; k++, ri++)
        for (int l = 0; l < LANES; l++) s[l] += src[l][ri];
    for (int k = 0; k < window - half + 1; k++, ri++, oi++)
        for (int l = 0; l < LANES; l++) {
            s[l] += src[l][ri];
            dst[l][oi] = s[l];
        }
    for (int k = 0; k < length - window; k++, ri++, li++, oi++)
        for (int l = 0; l < LANES; l++) {
            s[l] += src[l][ri];
            s[l] -= src[l][li];
            dst[l][oi] = s[l];
        }
    for (int k = 0; k < half - 1; k++, li++, oi++)
        for (int l = 0; l < LANES; l++) {
            s[l] -= src[l][li];
            dst[l][oi] = s[l];
        }
}

/* A vertical box pass over `width` contiguous lanes, as a state machine fed one input
 * row at a time: the reference's box1DFloat with stride = width, every column at once. */
typedef struct {
    int length, window, half, width;
    int fed;     /* input rows added so far */
    int emitted; /* output rows produced so far */
    float *acc;
} col_pass;

static void col_init(col_pass *c, float *acc, int length, int window, int width) {
    c->length = length;
    c->window = window;
    c->half = (window + 2) / 2;
    c->width = width;
    c->fed = 0;
    c->emitted = 0;
    c->acc = acc;
    memset(acc, 0, sizeof(float) * (size_t)width);
}

/* Input row `fed` (and `leaving`, the row that drops out of the window, or NULL) ->
 * output row `emitted` in `out` when this step produces one; returns 1 if it did. */
static int col_step(col_pass *c, const float *entering, const float *leaving, float *out, float count) {
    float *acc = c->acc;
    int w = c->width;
    if (entering != NULL) {
        for (int j = 0; j < w; j++) acc[j] += entering[j];
        c->fed++;
    }
    if (leaving != NULL)
        for (int j = 0; j < w; j++) acc[j] -= leaving[j];
    if (c->fed < c->half && entering != NULL) return 0; /* still in phase 1 */
    for (int j = 0; j < w; j++) out[j] = acc[j] / count;
    c->emitted++;
    return 1;
}

static void sample_positions(int *pos, int length) {
    for (int i = 0; i < 64; i++) pos[i] = (int)(((i + 0.5) * length) / 64);
}

static void luma_rgbx(const uint8_t *p, float *out, Py_ssize_t n);

/* The reference's jaroszFilterFloat (two passes, rows then columns each time) followed
 * by decimateFloat, on a C-contiguous float32 image; the 64x64 result goes to out.
 * With `rgbx` instead of `luma` (NULL), the luma of each row of Pillow's RGBX pixels is
 * computed as the filter reaches it, so the luma image never exists as a whole. */
static int downsample(const float *luma, const uint8_t *rgbx, int rows, int cols, float *out) {
    if (rows == 64 && cols == 64) {
        if (rgbx != NULL)
            luma_rgbx(rgbx, out, 64 * 64);
        else
            memcpy(out, luma, sizeof(float) * 64 * 64);
        return 0;
    }
    int win_r = jarosz_window(cols); /* along each row */
    int win_c = jarosz_window(rows); /* along each column */
    int ring_n = win_c + LANES;      /* rows li..ri of the first vertical pass, plus a block */
    int col_pos[64], row_pos[64];
    sample_positions(col_pos, cols);
    sample_positions(row_pos, rows);

    size_t c = (size_t)cols;
    float *ring = malloc(sizeof(float) * c * (size_t)ring_n);
    float *block = malloc(sizeof(float) * c * LANES); /* first vertical pass output rows */
    float *sums = malloc(sizeof(float) * c * LANES);  /* second horizontal pass sums */
    float *junk = malloc(sizeof(float) * c);          /* destination of unused lanes */
    float *acc = malloc(sizeof(float) * c);
    float *counts_r = malloc(sizeof(float) * c);
    float *counts_c = malloc(sizeof(float) * (size_t)rows);
    float *mid = malloc(sizeof(float) * 64 * (size_t)rows); /* (rows, 64) sampled columns */
    float *luma_rows = rgbx != NULL ? malloc(sizeof(float) * c * LANES) : NULL;
    float acc64[64], out_row[64];
    int ok = ring && block && sums && junk && acc && counts_r && counts_c && mid && (rgbx == NULL || luma_rows);
    if (!ok) goto done;

    box_counts(counts_r, cols, win_r);
    box_counts(counts_c, rows, win_c);

    /* Pass 1, horizontal: rows are filtered into the ring LANES at a time, as the
     * vertical pass asks for them. Pass 1, vertical: col_step over the ring. Pass 2,
     * horizontal: each vertical output row is filtered, LANES rows at a time, and only
     * the 64 sampled columns kept. Pass 2, vertical: on those 64 columns only. */
    int computed = 0; /* ring holds horizontally filtered rows below this */
    int pending = 0;  /* vertical output rows in `block` waiting for pass 2 */
    int first_pending = 0;
    col_pass cp;
    col_init(&cp, acc, rows, win_c, cols);
    int half = cp.half;
    int li = 0;
    for (int step = 0; step < rows + half - 1; step++) {
        const float *entering = NULL, *leaving = NULL;
        int ri = step;
        if (ri < rows) {
            if (ri >= computed) {
                const float *src[LANES];
                float *dst[LANES];
                for (int l = 0; l < LANES; l++) {
                    int r = computed + l < rows ? computed + l : rows - 1; /* spare lanes repeat a row */
                    if (rgbx != NULL) {
                        src[l] = luma_rows + (size_t)l * c;
                        luma_rgbx(rgbx + (size_t)r * c * 4, luma_rows + (size_t)l * c, cols);
                    } else {
                        src[l] = luma + (size_t)r * c;
                    }
                    dst[l] = computed + l < rows ? ring + (size_t)(r % ring_n) * c : junk;
                }
                row_sums(src, dst, cols, win_r);
                for (int l = 0; l < LANES && computed + l < rows; l++) {
                    float *row = dst[l];
                    for (int j = 0; j < cols; j++) row[j] = row[j] / counts_r[j];
                }
                computed += LANES;
            }
            entering = ring + (size_t)(ri % ring_n) * c;
        }
        if (ri >= win_c) leaving = ring + (size_t)(li++ % ring_n) * c;
        float count = counts_c[cp.emitted < rows ? cp.emitted : rows - 1];
        if (!col_step(&cp, entering, leaving, block + (size_t)pending * c, count)) continue;
        pending++;
        if (pending == LANES || cp.emitted == rows) {
            const float *src[LANES];
            float *dst[LANES];
            for (int l = 0; l < LANES; l++) {
                src[l] = block + (size_t)(l < pending ? l : pending - 1) * c;
                dst[l] = l < pending ? sums + (size_t)l * c : junk;
            }
            row_sums(src, dst, cols, win_r);
            for (int l = 0; l < pending; l++)
                for (int k = 0; k < 64; k++) {
                    int j = col_pos[k];
                    mid[(size_t)(first_pending + l) * 64 + k] = sums[(size_t)l * c + j] / counts_r[j];
                }
            first_pending += pending;
            pending = 0;
        }
    }

    /* Pass 2, vertical, over the (rows, 64) sampled columns; keep the sampled rows. */
    col_pass cp2;
    col_init(&cp2, acc64, rows, win_c, 64);
    int next = 0; /* next of the 64 sampled rows to fill */
    li = 0;
    for (int step = 0; step < rows + half - 1 && next < 64; step++) {
        const float *entering = step < rows ? mid + (size_t)step * 64 : NULL;
        const float *leaving = step >= win_c ? mid + (size_t)(li++) * 64 : NULL;
        int oi = cp2.emitted;
        float count = counts_c[oi < rows ? oi : rows - 1];
        if (!col_step(&cp2, entering, leaving, out_row, count)) continue;
        while (next < 64 && row_pos[next] == oi) memcpy(out + (size_t)(next++) * 64, out_row, sizeof out_row);
    }

done:
    free(ring);
    free(block);
    free(sums);
    free(junk);
    free(acc);
    free(counts_r);
    free(counts_c);
    free(mid);
    free(luma_rows);
    return ok ? 0 : -1;
}

/* dct64To16: T = D A, then B = T D^T, each dot product summed term by term. */
static void dct16(const float *a, const float *d, float *b) {
    float t[16 * 64];
    for (int i = 0; i < 16; i++)
        for (int j = 0; j < 64; j++) {
            float sum = 0.0f;
            for (int k = 0; k < 64; k++) sum += d[i * 64 + k] * a[k * 64 + j];
            t[i * 64 + j] = sum;
        }
    for (int i = 0; i < 16; i++)
        for (int j = 0; j < 16; j++) {
            float sum = 0.0f;
            for (int k = 0; k < 64; k++) sum += t[i * 64 + k] * d[j * 64 + k];
            b[i * 16 + j] = sum;
        }
}

/* pdqImageDomainQualityMetric. */
static int quality(const float *a) {
    int total = 0;
    for (int i = 0; i < 63; i++)
        for (int j = 0; j < 64; j++) {
            int d = (int)(((a[i * 64 + j] - a[(i + 1) * 64 + j]) * 100.0f) / 255.0f);
            total += d < 0 ? -d : d;
        }
    for (int i = 0; i < 64; i++)
        for (int j = 0; j < 63; j++) {
            int d = (int)(((a[i * 64 + j] - a[i * 64 + j + 1]) * 100.0f) / 255.0f);
            total += d < 0 ? -d : d;
        }
    int q = total / 90;
    return q > 100 ? 100 : q;
}

/* Luma of n packed 3-byte pixels. `single`: Meta's C++ fillFloatLumaFromRGB in float
 * (what vPDQ uses); otherwise the pdqhash bindings' float64 formula, rounded once.
 * Written as per-pixel conversions, multiplies and adds (each rounded once, in the
 * reference's order) rather than table lookups, so that the compiler can vectorise
 * them: a vector lane rounds exactly as a scalar does. */
TARGET_CLONES static void luma(const uint8_t *p, float *out, Py_ssize_t n, int bgr, int single) {
    int ir = bgr ? 2 : 0, ib = bgr ? 0 : 2;
    if (single) {
        for (Py_ssize_t i = 0; i < n; i++) {
            float y = 0.299f * (float)p[3 * i + ir] + 0.587f * (float)p[3 * i + 1];
            out[i] = y + 0.114f * (float)p[3 * i + ib];
        }
    } else {
        for (Py_ssize_t i = 0; i < n; i++) {
            double y = (double)p[3 * i + ir] * 0.299 + (double)p[3 * i + 1] * 0.587;
            out[i] = (float)(y + (double)p[3 * i + ib] * 0.114);
        }
    }
}

/* Luma of n 4-byte pixels (R, G, B, padding), as Pillow stores an RGB image: the
 * pdqhash bindings' float64 formula, as in luma(). */
TARGET_CLONES static void luma_rgbx(const uint8_t *p, float *out, Py_ssize_t n) {
    for (Py_ssize_t i = 0; i < n; i++) {
        double y = (double)p[4 * i] * 0.299 + (double)p[4 * i + 1] * 0.587;
        out[i] = (float)(y + (double)p[4 * i + 2] * 0.114);
    }
}

/* The Arrow C data interface (https://arrow.apache.org/docs/format/CDataInterface.html),
 * a stable ABI: how Pillow lends out an image's pixels without copying them. */
struct ArrowSchema {
    const char *format;
    const char *name;
    const char *metadata;
    int64_t flags;
    int64_t n_children;
    struct ArrowSchema **children;
    struct ArrowSchema *dictionary;
    void (*release)(struct ArrowSchema *);
    void *private_data;
};

struct ArrowArray {
    int64_t length;
    int64_t null_count;
    int64_t offset;
    int64_t n_buffers;
    int64_t n_children;
    const void **buffers;
    struct ArrowArray **children;
    struct ArrowArray *dictionary;
    void (*release)(struct ArrowArray *);
    void *private_data;
};

/* The RGBX bytes of an exported Pillow RGB image of n pixels, or NULL (with an exception
 * set) if the export is not that: a fixed-size list of four uint8 per pixel. */
static const uint8_t *arrow_rgbx(PyObject *schema_capsule, PyObject *array_capsule, Py_ssize_t n) {
    struct ArrowSchema *schema = PyCapsule_GetPointer(schema_capsule, "arrow_schema");
    if (schema == NULL) return NULL;
    struct ArrowArray *array = PyCapsule_GetPointer(array_capsule, "arrow_array");
    if (array == NULL) return NULL;
    int ok = schema->release != NULL && array->release != NULL && schema->format != NULL &&
             strcmp(schema->format, "+w:4") == 0 && schema->n_children == 1 &&
             schema->children[0]->format != NULL && strcmp(schema->children[0]->format, "C") == 0 &&
             array->n_children == 1 && array->length == n && array->offset == 0 && array->null_count == 0;
    if (ok) {
        struct ArrowArray *child = array->children[0];
        ok = child->n_buffers == 2 && child->null_count == 0 && child->buffers[1] != NULL &&
             child->offset >= 0 && child->length - child->offset >= 4 * (int64_t)n;
        if (ok) return (const uint8_t *)child->buffers[1] + child->offset;
    }
    PyErr_SetString(PyExc_ValueError, "not an exported 8-bit RGB image of that size");
    return NULL;
}

/* -- pHash's 32x32 greyscale picture, as Pillow makes it -------------------------------
 *
 * imagehash's pHash starts with image.convert("L").resize((32, 32), LANCZOS). For an RGB
 * picture this does the same integer arithmetic as Pillow (Convert.c's rgb2l, then
 * Resample.c's two passes with 22-bit fixed-point coefficients), reading the decoded
 * pixels where Pillow holds them and computing the greyscale row by row, so that no
 * greyscale image is allocated. The coefficients come from the same double-precision
 * expressions as Pillow's precompute_coeffs and normalize_coeffs_8bpc, with the same
 * libm sin(); phash.py checks the result against Pillow before using it.
 *
 * Only the summation differs in form: each 22-bit coefficient is split into a high and a
 * low 11-bit part, so that a tap is two 16-bit products a vector unit does eight at a
 * time. The two integer sums recombine to exactly Pillow's 32-bit sum.
 */
#define RESAMPLE_BITS 22 /* Pillow's PRECISION_BITS for 8-bit images */
#define SMALL 32
#define MAX_SMALL_SIDE 16384 /* windows up to 3073 taps: 3073 * 255 * 2048 < 2^31 */
#define PILLOW_PI 3.14159265358979323846 /* M_PI, which not every compiler defines */

static double sinc_filter(double x) {
    if (x == 0.0) return 1.0;
    x = x * PILLOW_PI;
    return sin(x) / x;
}

static double lanczos_filter(double x) {
    if (-3.0 <= x && x < 3.0) return sinc_filter(x) * sinc_filter(x / 3);
    return 0.0;
}

/* Pillow's coefficients for resizing in_size pixels (box 0..in_size) to SMALL: bounds
 * (first pixel, count) per output and ksize 32-bit coefficients per output, split into
 * high and low parts. Returns ksize, or 0 when out of memory. */
static int lanczos_coeffs(int in_size, int bounds[2 * SMALL], int16_t **hi_out, int16_t **lo_out) {
    float in0 = 0.0f, in1 = (float)in_size;
    double filterscale, scale;
    filterscale = scale = (double)(in1 - in0) / SMALL;
    if (filterscale < 1.0) filterscale = 1.0;
    double support = 3.0 * filterscale;
    int ksize = (int)ceil(support) * 2 + 1;
    double *k = malloc(sizeof(double) * (size_t)ksize);
    int16_t *hi = calloc((size_t)ksize * SMALL, sizeof(int16_t));
    int16_t *lo = calloc((size_t)ksize * SMALL, sizeof(int16_t));
    if (k == NULL || hi == NULL || lo == NULL) {
        free(k);
        free(hi);
        free(lo);
        return 0;
    }
    for (int xx = 0; xx < SMALL; xx++) {
        double center = in0 + (xx + 0.5) * scale;
        double ww = 0.0;
        double ss = 1.0 / filterscale;
        int xmin = (int)(center - support + 0.5);
        if (xmin < 0) xmin = 0;
        int xmax = (int)(center + support + 0.5);
        if (xmax > in_size) xmax = in_size;
        xmax -= xmin;
        for (int x = 0; x < xmax; x++) {
            double w = lanczos_filter((x + xmin - center + 0.5) * ss);
            k[x] = w;
            ww += w;
        }
        for (int x = 0; x < xmax; x++) {
            if (ww != 0.0) k[x] /= ww;
            int32_t fixed = k[x] < 0 ? (int32_t)(-0.5 + k[x] * (1 << RESAMPLE_BITS))
                                     : (int32_t)(0.5 + k[x] * (1 << RESAMPLE_BITS));
            /* fixed == hi * 2048 + lo, 0 <= lo < 2048; |fixed| <= 2^23, so hi fits 16 bits */
            hi[xx * ksize + x] = (int16_t)(fixed >> 11);
            lo[xx * ksize + x] = (int16_t)(fixed & 2047);
        }
        bounds[2 * xx] = xmin;
        bounds[2 * xx + 1] = xmax;
    }
    free(k);
    *hi_out = hi;
    *lo_out = lo;
    return ksize;
}

/* Pillow's clip8 of a sum that started at 1 << (RESAMPLE_BITS - 1). */
static uint8_t clip8_sum(int64_t sum) {
    int64_t v = sum >> RESAMPLE_BITS;
    return (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v);
}

/* One output value: the taps of one window, the two partial sums recombined. */
TARGET_CLONES static uint8_t tap_sum(const int16_t *pixels, size_t step, const int16_t *hi, const int16_t *lo, int count) {
    int32_t sum_hi = 0, sum_lo = 0;
    if (step == 1) {
        for (int x = 0; x < count; x++) {
            sum_hi += pixels[x] * hi[x];
            sum_lo += pixels[x] * lo[x];
        }
    } else {
        for (int x = 0; x < count; x++) {
            sum_hi += pixels[x * step] * hi[x];
            sum_lo += pixels[x * step] * lo[x];
        }
    }
    return clip8_sum(((int64_t)1 << (RESAMPLE_BITS - 1)) + (int64_t)sum_hi * 2048 + sum_lo);
}

/* Pillow's rgb2l: the greyscale of one row of RGBX pixels. Each pixel is read as one
 * 32-bit word (R in the low byte on little-endian machines), which vectorises where
 * reading the bytes one by one does not. */
TARGET_CLONES static void grey_row(const uint8_t *p, int cols, int16_t *grey) {
#if (defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__) || defined(_M_X64) || defined(_M_ARM64)
    for (int x = 0; x < cols; x++) {
        uint32_t v;
        memcpy(&v, p + 4 * (size_t)x, 4);
        uint32_t l = (v & 255) * 19595 + ((v >> 8) & 255) * 38470 + ((v >> 16) & 255) * 7471 + 0x8000;
        grey[x] = (int16_t)(l >> 16);
    }
#else
    for (int x = 0; x < cols; x++) {
        uint32_t l = (uint32_t)p[4 * x] * 19595 + (uint32_t)p[4 * x + 1] * 38470 + (uint32_t)p[4 * x + 2] * 7471 + 0x8000;
        grey[x] = (int16_t)(l >> 16);
    }
#endif
}

/* image.convert("L").resize((32, 32), LANCZOS) of an RGB image (RGBX bytes, rows x cols,
 * both over 32) into out (32 x 32). Pillow before 13 always resizes rows first; Pillow 13
 * resizes columns first when the height shrinks by more than twice as many pixels as the
 * width (pillow13_order). Returns 0, or -1 when out of memory. */
static int phash_small(const uint8_t *rgbx, int rows, int cols, int pillow13_order, uint8_t *out) {
    int bounds_h[2 * SMALL], bounds_v[2 * SMALL];
    int16_t *hi_h = NULL, *lo_h = NULL, *hi_v = NULL, *lo_v = NULL;
    int16_t *grey = NULL, *temp = NULL;
    int32_t *acc_hi = NULL, *acc_lo = NULL;
    int rc = -1;
    int ksize_h = lanczos_coeffs(cols, bounds_h, &hi_h, &lo_h);
    int ksize_v = lanczos_coeffs(rows, bounds_v, &hi_v, &lo_v);
    if (ksize_h == 0 || ksize_v == 0) goto done;
    int first = bounds_v[0];
    int last = bounds_v[2 * SMALL - 2] + bounds_v[2 * SMALL - 1];
    grey = malloc(sizeof(int16_t) * (size_t)cols);
    if (grey == NULL) goto done;
    int horizontal_first = !(pillow13_order && (rows - SMALL) > 0 && (rows - SMALL) > (cols - SMALL) * 2);
    if (horizontal_first) {
        /* Rows first, over only the rows the vertical pass reads, as Pillow does. */
        temp = malloc(sizeof(int16_t) * (size_t)(last - first) * SMALL);
        if (temp == NULL) goto done;
        for (int y = first; y < last; y++) {
            grey_row(rgbx + (size_t)y * cols * 4, cols, grey);
            int16_t *row = temp + (size_t)(y - first) * SMALL;
            for (int xx = 0; xx < SMALL; xx++) {
                int at = xx * ksize_h;
                row[xx] = tap_sum(grey + bounds_h[2 * xx], 1, hi_h + at, lo_h + at, bounds_h[2 * xx + 1]);
            }
        }
        for (int yy = 0; yy < SMALL; yy++) {
            int at = yy * ksize_v;
            const int16_t *top = temp + (size_t)(bounds_v[2 * yy] - first) * SMALL;
            for (int xx = 0; xx < SMALL; xx++)
                out[yy * SMALL + xx] = tap_sum(top + xx, SMALL, hi_v + at, lo_v + at, bounds_v[2 * yy + 1]);
        }
    } else {
        /* Columns first. Each source row is made grey once and added into the sums of
         * every output row whose window holds it (integer sums: the order is free). */
        acc_hi = calloc((size_t)SMALL * cols, sizeof(int32_t));
        acc_lo = calloc((size_t)SMALL * cols, sizeof(int32_t));
        temp = malloc(sizeof(int16_t) * (size_t)cols);
        if (acc_hi == NULL || acc_lo == NULL || temp == NULL) goto done;
        int low = 0; /* the first output row whose window has not ended */
        for (int y = first; y < last; y++) {
            grey_row(rgbx + (size_t)y * cols * 4, cols, grey);
            while (low < SMALL && bounds_v[2 * low] + bounds_v[2 * low + 1] <= y) low++;
            for (int yy = low; yy < SMALL && bounds_v[2 * yy] <= y; yy++) {
                int tap = yy * ksize_v + (y - bounds_v[2 * yy]);
                int32_t kh = hi_v[tap], kl = lo_v[tap];
                int32_t *ah = acc_hi + (size_t)yy * cols, *al = acc_lo + (size_t)yy * cols;
                for (int x = 0; x < cols; x++) {
                    ah[x] += grey[x] * kh;
                    al[x] += grey[x] * kl;
                }
            }
        }
        for (int yy = 0; yy < SMALL; yy++) {
            const int32_t *ah = acc_hi + (size_t)yy * cols, *al = acc_lo + (size_t)yy * cols;
            for (int x = 0; x < cols; x++)
                temp[x] = clip8_sum(((int64_t)1 << (RESAMPLE_BITS - 1)) + (int64_t)ah[x] * 2048 + al[x]);
            for (int xx = 0; xx < SMALL; xx++) {
                int at = xx * ksize_h;
                out[yy * SMALL + xx] = tap_sum(temp + bounds_h[2 * xx], 1, hi_h + at, lo_h + at, bounds_h[2 * xx + 1]);
            }
        }
    }
    rc = 0;
done:
    free(hi_h);
    free(lo_h);
    free(hi_v);
    free(lo_v);
    free(grey);
    free(temp);
    free(acc_hi);
    free(acc_lo);
    return rc;
}

/* -- Python bindings ------------------------------------------------------------------ */

static PyObject *py_luma_arrow(PyObject *self, PyObject *args) {
    PyObject *schema_capsule, *array_capsule;
    Py_buffer dst;
    if (!PyArg_ParseTuple(args, "OOw*", &schema_capsule, &array_capsule, &dst)) return NULL;
    PyObject *result = NULL;
    Py_ssize_t n = dst.len / (Py_ssize_t)sizeof(float);
    const uint8_t *pixels = arrow_rgbx(schema_capsule, array_capsule, n);
    if (pixels != NULL) {
        Py_BEGIN_ALLOW_THREADS
        luma_rgbx(pixels, (float *)dst.buf, n);
        Py_END_ALLOW_THREADS
        result = Py_NewRef(Py_None);
    }
    PyBuffer_Release(&dst);
    return result;
}

static PyObject *py_luma(PyObject *self, PyObject *args) {
    Py_buffer src, dst;
    int bgr, single;
    if (!PyArg_ParseTuple(args, "y*w*pp", &src, &dst, &bgr, &single)) return NULL;
    PyObject *result = NULL;
    Py_ssize_t n = src.len / 3;
    if (src.len % 3 != 0 || dst.len != n * (Py_ssize_t)sizeof(float)) {
        PyErr_SetString(PyExc_ValueError, "luma: buffers do not hold the same number of pixels");
    } else {
        Py_BEGIN_ALLOW_THREADS
        luma((const uint8_t *)src.buf, (float *)dst.buf, n, bgr, single);
        Py_END_ALLOW_THREADS
        result = Py_NewRef(Py_None);
    }
    PyBuffer_Release(&src);
    PyBuffer_Release(&dst);
    return result;
}

static PyObject *py_downsample(PyObject *self, PyObject *args) {
    Py_buffer src, dst;
    int rows, cols;
    if (!PyArg_ParseTuple(args, "y*iiw*", &src, &rows, &cols, &dst)) return NULL;
    PyObject *result = NULL;
    if (rows < 1 || cols < 1 || src.len != (Py_ssize_t)rows * cols * (Py_ssize_t)sizeof(float) ||
        dst.len != 64 * 64 * (Py_ssize_t)sizeof(float)) {
        PyErr_SetString(PyExc_ValueError, "downsample: buffer sizes do not match the image");
    } else {
        int rc;
        Py_BEGIN_ALLOW_THREADS
        rc = downsample((const float *)src.buf, NULL, rows, cols, (float *)dst.buf);
        Py_END_ALLOW_THREADS
        if (rc != 0)
            PyErr_NoMemory();
        else
            result = Py_NewRef(Py_None);
    }
    PyBuffer_Release(&src);
    PyBuffer_Release(&dst);
    return result;
}

/* Work on the RGBX pixels of an exported image, run without the GIL: 0, or -1 when out
 * of memory. */
typedef int (*pixel_work)(const uint8_t *pixels, int rows, int cols, int flag, void *out);

/* The Arrow-reading bindings' common part: find the pixels, run `work` on them without
 * the GIL, and turn its result into None or an exception. */
static PyObject *on_exported_pixels(PyObject *schema_capsule, PyObject *array_capsule, int rows, int cols,
                                    pixel_work work, int flag, void *out) {
    const uint8_t *pixels = arrow_rgbx(schema_capsule, array_capsule, (Py_ssize_t)rows * cols);
    if (pixels == NULL) return NULL;
    int rc;
    Py_BEGIN_ALLOW_THREADS
    rc = work(pixels, rows, cols, flag, out);
    Py_END_ALLOW_THREADS
    if (rc != 0) return PyErr_NoMemory();
    return Py_NewRef(Py_None);
}

static int downsample_work(const uint8_t *pixels, int rows, int cols, int flag, void *out) {
    (void)flag;
    return downsample(NULL, pixels, rows, cols, (float *)out);
}

static int phash_small_work(const uint8_t *pixels, int rows, int cols, int pillow13_order, void *out) {
    return phash_small(pixels, rows, cols, pillow13_order, (uint8_t *)out);
}

static PyObject *py_downsample_arrow(PyObject *self, PyObject *args) {
    PyObject *schema_capsule, *array_capsule;
    int rows, cols;
    Py_buffer dst;
    if (!PyArg_ParseTuple(args, "OOiiw*", &schema_capsule, &array_capsule, &rows, &cols, &dst)) return NULL;
    PyObject *result = NULL;
    if (rows < 1 || cols < 1 || dst.len != 64 * 64 * (Py_ssize_t)sizeof(float))
        PyErr_SetString(PyExc_ValueError, "downsample_arrow: wrong sizes");
    else
        result = on_exported_pixels(schema_capsule, array_capsule, rows, cols, downsample_work, 0, dst.buf);
    PyBuffer_Release(&dst);
    return result;
}

static PyObject *py_phash_small_arrow(PyObject *self, PyObject *args) {
    PyObject *schema_capsule, *array_capsule;
    int rows, cols, pillow13_order;
    Py_buffer dst;
    if (!PyArg_ParseTuple(args, "OOiipw*", &schema_capsule, &array_capsule, &rows, &cols, &pillow13_order, &dst))
        return NULL;
    PyObject *result = NULL;
    /* Over MAX_SMALL_SIDE a window's 16-bit partial sums could leave 32 bits. */
    if (rows <= SMALL || cols <= SMALL || rows > MAX_SMALL_SIDE || cols > MAX_SMALL_SIDE || dst.len != SMALL * SMALL)
        PyErr_SetString(PyExc_ValueError, "phash_small_arrow: wrong sizes");
    else
        result = on_exported_pixels(schema_capsule, array_capsule, rows, cols, phash_small_work, pillow13_order, dst.buf);
    PyBuffer_Release(&dst);
    return result;
}

static PyObject *py_dct_quality(PyObject *self, PyObject *args) {
    Py_buffer block, matrix, dst;
    if (!PyArg_ParseTuple(args, "y*y*w*", &block, &matrix, &dst)) return NULL;
    PyObject *result = NULL;
    if (block.len != 64 * 64 * (Py_ssize_t)sizeof(float) || matrix.len != 16 * 64 * (Py_ssize_t)sizeof(float) ||
        dst.len != 16 * 16 * (Py_ssize_t)sizeof(float)) {
        PyErr_SetString(PyExc_ValueError, "dct_quality: wrong buffer sizes");
    } else {
        dct16((const float *)block.buf, (const float *)matrix.buf, (float *)dst.buf);
        result = PyLong_FromLong(quality((const float *)block.buf));
    }
    PyBuffer_Release(&block);
    PyBuffer_Release(&matrix);
    PyBuffer_Release(&dst);
    return result;
}

static PyMethodDef methods[] = {
    {"luma", py_luma, METH_VARARGS,
     "luma(rgb, out, bgr, single): float32 luma of packed 8-bit RGB (or BGR) pixels into out."},
    {"luma_arrow", py_luma_arrow, METH_VARARGS,
     "luma_arrow(schema, array, out): float32 luma (pdqhash's float64 formula) of an RGB image "
     "exported through the Arrow C data interface, into out."},
    {"downsample", py_downsample, METH_VARARGS,
     "downsample(luma, rows, cols, out): PDQ's Jarosz filter and 64x64 decimation of a "
     "C-contiguous float32 image into out (64*64 float32); luma is not modified."},
    {"downsample_arrow", py_downsample_arrow, METH_VARARGS,
     "downsample_arrow(schema, array, rows, cols, out): downsample() of the luma of an RGB image "
     "exported through the Arrow C data interface, without the whole luma image."},
    {"dct_quality", py_dct_quality, METH_VARARGS,
     "dct_quality(block, dct_matrix, out) -> quality: the 16x16 DCT of a 64x64 block into out."},
    {"phash_small_arrow", py_phash_small_arrow, METH_VARARGS,
     "phash_small_arrow(schema, array, rows, cols, pillow13_order, out): image.convert('L').resize("
     "(32, 32), LANCZOS) of an RGB image (sides from 33 to 16384) exported through the Arrow C data "
     "interface, into out (32*32 uint8), as Pillow computes it (pillow13_order: Pillow 13's choice of "
     "which pass goes first)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_pdqfast", "PDQ's pixel loops in C, bit-identical to the numpy implementation.", -1,
    methods,
};

PyMODINIT_FUNC PyInit__pdqfast(void) {
    PyObject *m = PyModule_Create(&module);
    if (m != NULL && PyModule_AddIntConstant(m, "MAX_SMALL_SIDE", MAX_SMALL_SIDE) != 0) Py_CLEAR(m);
    return m;
}
