package org.disclosuredesk;

import org.disclosuredesk.importer.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import java.util.Arrays;

@SpringBootApplication
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(ImportCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(Application.class, args);
    }
}
