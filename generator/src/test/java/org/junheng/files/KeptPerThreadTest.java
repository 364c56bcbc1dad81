package org.junheng.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A thread gets back the buffer it kept, unless the buffer grew past the largest size kept. */
class KeptPerThreadTest {

    private final KeptPerThread<StringBuilder> buffers = KeptPerThread.builders(8, 64);

    @Test
    void aBufferKeptIsGivenBackAndOneGrownTooLargeIsLetGo() {
        StringBuilder first = buffers.get();
        assertThat(buffers.get()).isSameAs(first);

        StringBuilder larger = new StringBuilder(32);
        buffers.keep(larger);
        assertThat(buffers.get()).isSameAs(larger);

        buffers.keep(new StringBuilder(65));
        StringBuilder fresh = buffers.get();
        assertThat(fresh).isNotSameAs(larger);
        assertThat(fresh.capacity()).isEqualTo(8);
    }
}
