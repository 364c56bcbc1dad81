package org.junheng.cli;

import org.junheng.site.Version;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"junheng " + Version.current(), "commit " + Version.commit()};
    }
}
