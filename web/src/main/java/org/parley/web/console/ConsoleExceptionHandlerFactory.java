package org.parley.web.console;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link ConsoleExceptionHandler} in front of the default one (faces-config.xml names this factory). */
public class ConsoleExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ConsoleExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ConsoleExceptionHandler(getWrapped().getExceptionHandler());
    }
}
