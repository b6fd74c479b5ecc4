package org.parley.media;

/**
 * Band-limited sample-rate conversion: every output sample is the input convolved with a Blackman-windowed sinc
 * low-pass whose cutoff sits just below the lower of the two Nyquist frequencies, so that nothing above 4 kHz folds
 * back into the telephone band when a 44.1 kHz recording becomes 8 kHz (dropping samples would alias it). The kernel
 * spans 16 zero crossings each side and is tabulated once per conversion, read with linear interpolation.
 */
public final class Resampler {

    /** Zero crossings of the sinc on each side of the centre. */
    private static final int ZERO_CROSSINGS = 16;
    /** Kernel table entries per input sample. */
    private static final int TABLE_STEPS = 512;
    /** Cutoff as a fraction of the lower Nyquist frequency: the filter's transition band ends at Nyquist. */
    private static final double CUTOFF = 0.9;

    private final int inputRate;
    private final int outputRate;
    /** Cutoff in cycles per input sample. */
    private final double cutoff;
    /** Half the kernel's width, in input samples. */
    private final double halfWidth;
    private final float[] kernel;

    public Resampler(int inputRate, int outputRate) {
        if (inputRate <= 0 || outputRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive: " + inputRate + ", " + outputRate);
        }
        this.inputRate = inputRate;
        this.outputRate = outputRate;
        this.cutoff = 0.5 * CUTOFF * Math.min(1.0, (double) outputRate / inputRate);
        this.halfWidth = ZERO_CROSSINGS / (2 * cutoff);
        this.kernel = tabulate();
    }

    /** The samples at the output rate; the input is not changed. */
    public float[] convert(float[] input) {
        if (inputRate == outputRate) {
            return input.clone();
        }
        int outputLength = (int) ((long) input.length * outputRate / inputRate);
        float[] output = new float[outputLength];
        double step = (double) inputRate / outputRate;
        for (int j = 0; j < outputLength; j++) {
            output[j] = (float) sampleAt(input, j * step);
        }
        return output;
    }

    private double sampleAt(float[] input, double position) {
        int first = Math.max(0, (int) Math.ceil(position - halfWidth));
        int last = Math.min(input.length - 1, (int) Math.floor(position + halfWidth));
        double sum = 0;
        for (int i = first; i <= last; i++) {
            sum += input[i] * kernelAt(Math.abs(i - position));
        }
        return sum;
    }

    private double kernelAt(double distance) {
        double x = distance * TABLE_STEPS;
        int index = (int) x;
        if (index >= kernel.length - 1) {
            return 0;
        }
        double fraction = x - index;
        return kernel[index] + fraction * (kernel[index + 1] - kernel[index]);
    }

    /** The kernel from the centre outwards, {@link #TABLE_STEPS} entries per input sample, zero past its end. */
    private float[] tabulate() {
        int size = (int) Math.ceil(halfWidth * TABLE_STEPS) + 2;
        float[] table = new float[size];
        for (int k = 0; k < size; k++) {
            double t = (double) k / TABLE_STEPS;
            if (t >= halfWidth) {
                break;
            }
            table[k] = (float) (2 * cutoff * sinc(2 * cutoff * t) * blackman(t / halfWidth));
        }
        return table;
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    /** The Blackman window at {@code r} = distance / half width, 0 ≤ r ≤ 1. */
    private static double blackman(double r) {
        return 0.42 + 0.5 * Math.cos(Math.PI * r) + 0.08 * Math.cos(2 * Math.PI * r);
    }
}
